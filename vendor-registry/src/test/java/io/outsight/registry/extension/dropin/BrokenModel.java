package io.outsight.registry.extension.dropin;

/** A contribution that throws while it is made. */
public class BrokenModel extends FlatFeeModel {

  public BrokenModel() {
    throw new IllegalStateException("no licence key configured");
  }
}
