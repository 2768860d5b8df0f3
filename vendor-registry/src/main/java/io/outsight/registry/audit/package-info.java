/**
 * The audit trail's use cases: recording each change in the transaction that makes it, and
 * verifying the chain for auditors.
 */
package io.outsight.registry.audit;
