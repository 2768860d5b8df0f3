/**
 * Signing in and out: form login against PBKDF2 password hashes in the database, the roles the
 * identity store grants, and what the signed-in user may see.
 */
package io.outsight.web.security;
