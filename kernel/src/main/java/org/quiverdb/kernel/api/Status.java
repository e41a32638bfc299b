package org.quiverdb.kernel.api;

/**
 * The catalogue of client-visible status codes, spelled as Neo4j spells them. Every error a client
 * can see carries one of these; no layer writes a status code as a string literal.
 *
 * <p>Add codes here as features need them, keeping Neo4j's exact spelling.
 */
public enum Status {
    // Statement
    STATEMENT_SYNTAX_ERROR("Neo.ClientError.Statement.SyntaxError"),
    STATEMENT_SEMANTIC_ERROR("Neo.ClientError.Statement.SemanticError"),
    STATEMENT_TYPE_ERROR("Neo.ClientError.Statement.TypeError"),
    STATEMENT_ARGUMENT_ERROR("Neo.ClientError.Statement.ArgumentError"),
    STATEMENT_ARITHMETIC_ERROR("Neo.ClientError.Statement.ArithmeticError"),
    STATEMENT_ENTITY_NOT_FOUND("Neo.ClientError.Statement.EntityNotFound"),
    STATEMENT_PARAMETER_MISSING("Neo.ClientError.Statement.ParameterMissing"),
    STATEMENT_NOT_SYSTEM_COMMAND("Neo.ClientError.Statement.NotSystemCommand"),
    STATEMENT_UNSUPPORTED_OPERATION("Neo.ClientError.Statement.UnsupportedOperationError"),
    STATEMENT_ACCESS_MODE("Neo.ClientError.Statement.AccessMode"),
    STATEMENT_EXECUTION_FAILED("Neo.DatabaseError.Statement.ExecutionFailed"),
    // Schema
    SCHEMA_CONSTRAINT_VALIDATION_FAILED("Neo.ClientError.Schema.ConstraintValidationFailed"),
    // Procedures
    PROCEDURE_NOT_FOUND("Neo.ClientError.Procedure.ProcedureNotFound"),
    PROCEDURE_CALL_FAILED("Neo.ClientError.Procedure.ProcedureCallFailed"),
    // Transactions
    TRANSACTION_TERMINATED("Neo.ClientError.Transaction.Terminated"),
    TRANSACTION_TIMED_OUT("Neo.ClientError.Transaction.TransactionTimedOut"),
    TRANSACTION_NOT_FOUND("Neo.ClientError.Transaction.TransactionNotFound"),
    TRANSACTION_ACCESSED_CONCURRENTLY("Neo.ClientError.Transaction.TransactionAccessedConcurrently"),
    TRANSACTION_INVALID_BOOKMARK("Neo.ClientError.Transaction.InvalidBookmark"),
    TRANSACTION_FORBIDDEN_DUE_TO_TRANSACTION_TYPE("Neo.ClientError.Transaction.ForbiddenDueToTransactionType"),
    TRANSACTION_ACCESS_MODE("Neo.ClientError.Transaction.TransactionAccessMode"),
    TRANSIENT_TRANSACTION_TERMINATED("Neo.TransientError.Transaction.Terminated"),
    TRANSIENT_DEADLOCK_DETECTED("Neo.TransientError.Transaction.DeadlockDetected"),
    TRANSIENT_OUTDATED("Neo.TransientError.Transaction.Outdated"),
    TRANSIENT_LOCK_CLIENT_STOPPED("Neo.TransientError.Transaction.LockClientStopped"),
    TRANSIENT_BOOKMARK_TIMEOUT("Neo.TransientError.Transaction.BookmarkTimeout"),
    TRANSACTION_COMMIT_FAILED("Neo.DatabaseError.Transaction.TransactionCommitFailed"),
    // Memory
    MEMORY_TRANSACTION_OUT_OF_MEMORY("Neo.TransientError.General.TransactionMemoryLimit"),
    MEMORY_POOL_OUT_OF_MEMORY("Neo.TransientError.General.MemoryPoolOutOfMemoryError"),
    // Databases
    DATABASE_NOT_FOUND("Neo.ClientError.Database.DatabaseNotFound"),
    DATABASE_UNAVAILABLE("Neo.TransientError.General.DatabaseUnavailable"),
    // Requests and protocols
    REQUEST_INVALID("Neo.ClientError.Request.Invalid"),
    REQUEST_INVALID_FORMAT("Neo.ClientError.Request.InvalidFormat"),
    REQUEST_NO_THREADS_AVAILABLE("Neo.TransientError.Request.NoThreadsAvailable"),
    // Security
    SECURITY_UNAUTHORIZED("Neo.ClientError.Security.Unauthorized"),
    SECURITY_AUTHENTICATION_RATE_LIMIT("Neo.ClientError.Security.AuthenticationRateLimit"),
    SECURITY_CREDENTIALS_EXPIRED("Neo.ClientError.Security.CredentialsExpired"),
    SECURITY_FORBIDDEN("Neo.ClientError.Security.Forbidden"),
    // General
    GENERAL_UNKNOWN_ERROR("Neo.DatabaseError.General.UnknownError");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    /** The full code, e.g. {@code Neo.ClientError.Statement.SyntaxError}. */
    public String code() {
        return code;
    }

    /** The classification: {@code ClientError}, {@code TransientError} or {@code DatabaseError}. */
    public String classification() {
        return code.split("\\.", 3)[1];
    }
}
