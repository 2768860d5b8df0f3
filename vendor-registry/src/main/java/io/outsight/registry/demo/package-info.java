/**
 * Demo users (one per role) and a handful of vendors, seeded on the first start of an empty
 * database so that a new user can sign in and look around at once.
 */
package io.outsight.registry.demo;
