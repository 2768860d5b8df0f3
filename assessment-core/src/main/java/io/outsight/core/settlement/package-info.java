/**
 * Settling a contract's periods: the payout of a period frozen with its explanation and a digest,
 * so that what was paid can be shown as it was, and later corrections become adjustments.
 */
package io.outsight.core.settlement;
