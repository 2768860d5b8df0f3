/**
 * How a vendor is paid for a period's results: per closed deal, per lead, per qualified lead or
 * meeting, a share of revenue, or a retainer plus a bonus on target; with graduated tiers, a floor,
 * a cap, and leads returned within the dispute window left unpaid. Other models contribute through
 * the {@link io.outsight.extension.api.compensation.CompensationModel} extension point.
 */
package io.outsight.core.compensation;
