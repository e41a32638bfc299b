/**
 * The Bolt server state machine: which request is valid in which state, per version; what each
 * answers (SUCCESS metadata, RECORDs, FAILURE with status codes, IGNORED until RESET); and the
 * calls into the session layer it makes.
 */
package org.quiverdb.bolt.fsm;
