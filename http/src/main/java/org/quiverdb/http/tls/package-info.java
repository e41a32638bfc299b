/**
 * HTTPS key material: the {@code https} folder under the certificates directory holds {@code
 * private.key} and {@code public.crt} (PEM); when both are missing a self-signed pair is generated
 * with BouncyCastle on first start and reused after.
 */
package org.quiverdb.http.tls;
