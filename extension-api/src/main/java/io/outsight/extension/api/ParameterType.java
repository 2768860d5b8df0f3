package io.outsight.extension.api;

/** What kind of number a parameter is, which says how it is entered, kept and shown. */
public enum ParameterType {
  /** A whole number, such as a count of days. */
  INTEGER(0),
  /** A number with up to four decimals. */
  DECIMAL(4),
  /** A per cent, with up to two decimals: 50 is half. */
  PERCENT(2),
  /** An amount in the contract's currency, with up to two decimals. */
  MONEY(2);

  private final int decimals;

  ParameterType(int decimals) {
    this.decimals = decimals;
  }

  /** The most decimals a value of the type has. */
  public int decimals() {
    return decimals;
  }
}
