package io.outsight.web.faces.hidden;

/** A class the resolver's package may not call into, as a page may meet one. */
public final class HiddenFees {

  private HiddenFees() {}

  public static Object of() {
    return new Hidden();
  }

  static final class Hidden {
    public String name() {
      return "hidden";
    }
  }
}
