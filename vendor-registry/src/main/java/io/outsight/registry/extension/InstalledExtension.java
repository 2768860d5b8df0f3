package io.outsight.registry.extension;

import java.io.Serializable;

/** One contribution: the extension point it plugs into, who it is, and the jar it came in. */
public record InstalledExtension(
    String extensionPoint, String id, String displayName, String version, String module)
    implements Serializable {}
