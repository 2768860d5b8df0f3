package io.outsight.registry.extension.dropin;

/** A contribution whose id is no id: upper case, a space and a mark. */
public class ShoutingModel extends FlatFeeModel {

  @Override
  public String id() {
    return "FLAT FEE!";
  }
}
