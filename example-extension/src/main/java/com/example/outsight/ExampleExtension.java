package com.example.outsight;

/** What the example's contributions share. */
final class ExampleExtension {

  /** The version each contribution states, the jar's own. */
  static final String VERSION = "1.0.0";

  private ExampleExtension() {}
}
