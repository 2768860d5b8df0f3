/**
 * The REST API under {@code /api/v1}: request and response records (no entities on the wire), HTTP
 * Basic or the signed-in session, and errors as {@code application/problem+json} that name the rule
 * or the field at fault. The boundaries enforce the roles; each operation states them.
 */
package io.outsight.web.api;
