/**
 * The {@link io.outsight.extension.api.compensation.CompensationModel} extension point: a
 * contract's compensation terms and a period's results in, the payout with its explaining lines
 * out.
 */
package io.outsight.extension.api.compensation;
