/** User accounts of the embedded default sign-in and how their passwords are hashed. */
package io.outsight.registry.access;
