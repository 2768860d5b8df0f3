package io.outsight.core.extension;

import io.outsight.extension.api.Extension;

/** What Outsight's own contributions share: a stable id, a display name, and version 1.0. */
public abstract class BuiltInExtension implements Extension {

  private final String id;
  private final String displayName;

  protected BuiltInExtension(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public String version() {
    return "1.0";
  }
}
