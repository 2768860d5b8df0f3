package io.outsight.registry.extension.dropin;

/** A contribution that reaches for the portal's internals while it is made: it cannot see them. */
public class PeekingModel extends FlatFeeModel {

  public PeekingModel() throws ClassNotFoundException {
    Class.forName("io.outsight.core.rules.RuleViolation");
  }

  @Override
  public String id() {
    return "peeking";
  }
}
