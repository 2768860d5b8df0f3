/**
 * The audit trail: an append-only record of every change to business data (who, when, what, before
 * and after), hash-chained so that an edited or removed event is detected, and named.
 */
package io.outsight.core.audit;
