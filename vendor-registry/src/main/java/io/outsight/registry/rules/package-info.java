/**
 * How the boundaries refuse: a domain rule violation becomes an application exception that rolls
 * back.
 */
package io.outsight.registry.rules;
