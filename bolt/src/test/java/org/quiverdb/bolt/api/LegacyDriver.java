package org.quiverdb.bolt.api;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An official driver of an older generation (1.x with package {@code org.neo4j.driver.v1}, or 4.4),
 * loaded from its own class loader so it cannot clash with the 5.x driver, and driven by
 * reflection through its public API, exactly the calls an application makes.
 */
final class LegacyDriver implements AutoCloseable {
    private final URLClassLoader loader;
    private final String pkg;
    private final Object driver;

    LegacyDriver(String version, String uri) throws Exception {
        this(version, uri, "neo4j", "password");
    }

    /** A driver logging in with {@code basic} credentials. */
    LegacyDriver(String version, String uri, String user, String password) throws Exception {
        Path dir = Path.of(System.getProperty("quiver.legacyDrivers", "target/legacy-drivers"));
        List<URL> urls = new ArrayList<>();
        urls.add(dir.resolve("neo4j-java-driver-" + version + ".jar").toUri().toURL());
        Path streams = dir.resolve("reactive-streams-1.0.4.jar");
        if (Files.exists(streams)) {
            urls.add(streams.toUri().toURL());
        }
        loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        pkg = version.startsWith("1.") ? "org.neo4j.driver.v1." : "org.neo4j.driver.";
        Object auth = callStatic("AuthTokens", "basic", user, password);
        Object config;
        if (version.startsWith("1.")) {
            config = call(call(callStatic("Config", "build"), "withoutEncryption"), "toConfig");
        } else {
            config = call(call(callStatic("Config", "builder"), "withoutEncryption"), "build");
        }
        driver = callStatic("GraphDatabase", "driver", uri, auth, config);
    }

    boolean isV1Api() {
        return pkg.endsWith("v1.");
    }

    Object session() throws Exception {
        return call(driver, "session");
    }

    Object callStatic(String className, String method, Object... args) throws Exception {
        return invoke(loader.loadClass(pkg + className), null, method, args);
    }

    static Object call(Object target, String method, Object... args) throws Exception {
        return invoke(target.getClass(), target, method, args);
    }

    private static Object invoke(Class<?> type, Object target, String name, Object... args) throws Exception {
        for (Method m : type.getMethods()) {
            if (!m.getName().equals(name)
                    || m.getParameterCount() != args.length
                    || (target == null) != Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            if (!accepts(m.getParameterTypes(), args)) {
                continue;
            }
            m.setAccessible(true);
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name + " with " + args.length + " arguments");
    }

    private static boolean accepts(Class<?>[] types, Object[] args) {
        for (int i = 0; i < types.length; i++) {
            if (args[i] != null && !box(types[i]).isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> box(Class<?> type) {
        if (type == long.class) {
            return Long.class;
        } else if (type == int.class) {
            return Integer.class;
        } else if (type == boolean.class) {
            return Boolean.class;
        } else if (type == double.class) {
            return Double.class;
        }
        return type;
    }

    @Override
    public void close() throws IOException {
        try {
            call(driver, "close");
        } catch (Exception e) {
            throw new IOException("closing the driver", e);
        } finally {
            loader.close();
        }
    }
}
