package io.outsight.core.extension;

/**
 * What every contribution says about itself, for the administrators' list of installed extensions:
 * a stable id (never reused for something else), a name to show and its version.
 */
public interface Extension {

  String id();

  String displayName();

  String version();
}
