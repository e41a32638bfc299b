/**
 * Native authentication: the users kept in the {@code system} database, their scrypt-hashed
 * passwords, the lockout of guessing clients, and the user-management statements ({@code SHOW
 * USERS}, {@code CREATE/ALTER/DROP USER}, {@code ALTER CURRENT USER SET PASSWORD}) that the
 * session layer answers before a statement reaches Cypher. Bolt and HTTP reach it only through the
 * session API's {@code Authenticator} and sessions.
 */
package org.quiverdb.session.security;
