package io.outsight.extension.api;

/**
 * What every contribution says about itself, for the administrators' list of installed extensions:
 * a stable id (never reused for something else), a name to show and its version.
 */
public interface Extension {

  String id();

  String displayName();

  /**
   * The name to show, in the reader's language: where the portal names a contribution to its users
   * (a compensation model in the contract form). By default the display name in both languages.
   *
   * @since 1.1.0
   */
  default LocalizedText localizedName() {
    return new LocalizedText(displayName(), displayName());
  }

  String version();

  /**
   * The contribution's own class, beneath any proxy the container puts in front of it: its jar is
   * the module the list of installed extensions names.
   */
  default Class<?> implementation() {
    return getClass();
  }
}
