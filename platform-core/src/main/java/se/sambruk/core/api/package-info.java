/**
 * The register's REST API under {@code /api/v1}: organisations, the services catalogue and
 * subscriptions, for municipal systems holding an OAuth2 client-credentials token (scope
 * {@code register.read} to read, {@code register.write} to change). Responses are DTO records,
 * never entities; every error is an RFC 9457 problem detail ({@link se.sambruk.core.api.ApiErrors}).
 */
package se.sambruk.core.api;
