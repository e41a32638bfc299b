package org.quiverdb.session.fake;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.api.TransactionConfig;

/**
 * A kernel transaction fake: counts writes, commits by advancing its database's last committed id
 * when it wrote, records commit/rollback and termination. Only the end-of-life methods work; any
 * graph operation throws. Thread-safe for termination only.
 */
public final class FakeTransaction implements InvocationHandler {
    private static final AtomicLong HANDLES = new AtomicLong();

    private final FakeGraphDatabase database;
    private final TransactionConfig config;
    private final long handle = HANDLES.incrementAndGet();
    private final CountDownLatch terminated = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Status terminationReason;
    private int writes;
    private boolean open = true;
    private boolean committed;
    private boolean rolledBack;

    FakeTransaction(FakeGraphDatabase database, TransactionConfig config) {
        this.database = database;
        this.config = config;
    }

    KernelTransaction proxy() {
        return (KernelTransaction) Proxy.newProxyInstance(
                KernelTransaction.class.getClassLoader(), new Class<?>[] {KernelTransaction.class}, this);
    }

    /** The fake behind a proxy made by {@link FakeGraphDatabase#begin}. */
    public static FakeTransaction of(KernelTransaction tx) {
        return (FakeTransaction) Proxy.getInvocationHandler(tx);
    }

    public void write() {
        checkTerminated();
        writes++;
    }

    public void checkTerminated() {
        Status reason = terminationReason;
        if (reason != null) {
            throw new QuiverException(reason, "The transaction has been terminated.");
        }
    }

    /** Blocks until terminated (or 20 s pass, failing the caller), then throws the termination. */
    public void awaitTermination() {
        try {
            if (!terminated.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fake transaction was never terminated");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        checkTerminated();
    }

    /** Waits up to {@code seconds} for a rollback; true if it happened. */
    public boolean awaitRollback(long seconds) throws InterruptedException {
        return ended.await(seconds, TimeUnit.SECONDS) && rolledBack;
    }

    public boolean committed() {
        return committed;
    }

    public boolean rolledBack() {
        return rolledBack;
    }

    public TransactionConfig config() {
        return config;
    }

    public FakeGraphDatabase database() {
        return database;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "handleId" -> handle;
            case "config" -> config;
            case "isOpen" -> open;
            case "commit" -> commit();
            case "rollback", "close" -> {
                if (open) {
                    open = false;
                    rolledBack = true;
                    database.rolledBack(this);
                    ended.countDown();
                }
                yield null;
            }
            case "markForTermination" -> {
                terminationReason = (Status) args[0];
                terminated.countDown();
                yield null;
            }
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            case "toString" -> "FakeTransaction[" + handle + "]";
            default -> throw new UnsupportedOperationException("fake transaction: " + method.getName());
        };
    }

    private long commit() {
        if (!open) {
            throw new QuiverException(Status.TRANSACTION_NOT_FOUND, "transaction is closed");
        }
        checkTerminated();
        open = false;
        committed = true;
        return database.committed(this, writes > 0);
    }
}
