package io.outsight.extension.api.report;

import io.outsight.extension.api.money.Money;
import java.io.Serializable;

/**
 * What a scenario revision expected of a contract's option, for the success report to set beside
 * the actuals. A figure the scenario could not compute (no leads, no deals within its horizon) is
 * null.
 *
 * @param inHouseCostPerDeal what a deal would have cost in-house in the same scenario
 * @param leaderAtHorizon which of the option and in-house the scenario expected to net more
 * @param crossoverMonth the month from which that leader stays ahead; null when it leads from the
 *     first
 */
public record ScenarioExpectation(
    Long scenarioId,
    String scenarioName,
    int revision,
    SalesOption option,
    Money costPerLead,
    Money costPerDeal,
    Money inHouseCostPerDeal,
    Money inHouseMonthlyCost,
    SalesOption leaderAtHorizon,
    Integer crossoverMonth)
    implements Serializable {}
