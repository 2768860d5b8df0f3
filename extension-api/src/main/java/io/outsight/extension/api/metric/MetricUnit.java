package io.outsight.extension.api.metric;

/**
 * What a metric's value counts: whole things, money in the contract's currency, or a percentage.
 */
public enum MetricUnit {
  COUNT,
  MONEY,
  PERCENT
}
