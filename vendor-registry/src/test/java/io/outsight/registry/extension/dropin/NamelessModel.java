package io.outsight.registry.extension.dropin;

import io.outsight.extension.api.LocalizedText;

/** A contribution that fails when asked its name in the portal's languages. */
public class NamelessModel extends FlatFeeModel {

  @Override
  public String id() {
    return "nameless";
  }

  @Override
  public LocalizedText localizedName() {
    throw new IllegalStateException("no translations bundled");
  }
}
