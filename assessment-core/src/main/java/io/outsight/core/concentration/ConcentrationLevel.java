package io.outsight.core.concentration;

/** How a channel or a vendor in it stands: fine, too concentrated, or dependent with no way out. */
public enum ConcentrationLevel {
  OK,
  WARNING,
  RED
}
