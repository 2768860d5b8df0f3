package io.outsight.core.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a contract stands: drafted, active, under review before its term ends, renewed, or ended by
 * termination or expiry. Terminating needs a reason.
 */
public enum ContractStatus {
  DRAFT,
  ACTIVE,
  UNDER_REVIEW,
  RENEWED,
  TERMINATED,
  EXPIRED;

  public Set<ContractStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(ACTIVE, TERMINATED);
      case ACTIVE, RENEWED -> EnumSet.of(UNDER_REVIEW, TERMINATED, EXPIRED);
      case UNDER_REVIEW -> EnumSet.of(ACTIVE, RENEWED, TERMINATED, EXPIRED);
      case TERMINATED, EXPIRED -> EnumSet.noneOf(ContractStatus.class);
    };
  }

  public boolean needsReason() {
    return this == TERMINATED;
  }

  /** Whether the vendor works under the contract now, and so owes reports. */
  public boolean running() {
    return runningStates().contains(this);
  }

  /** The states in which the vendor works under a contract. */
  public static Set<ContractStatus> runningStates() {
    return EnumSet.of(ACTIVE, UNDER_REVIEW, RENEWED);
  }

  /** Whether the contract is over: its terms are history and change no more. */
  public boolean ended() {
    return this == TERMINATED || this == EXPIRED;
  }
}
