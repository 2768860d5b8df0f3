package io.outsight.registry.extension;

import io.outsight.extension.api.LocalizedText;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One contribution: the extension point it plugs into, who it is, the jar it came in, and whether
 * it is in use or why not.
 *
 * @param displayName the name it gives itself; for one not loaded, what could be learnt of it (its
 *     class, jar or folder)
 * @param name the name it gives itself in English and Finnish (both its display name where it is
 *     not loaded or gives no other)
 * @param reason why it is not loaded; null when it is
 */
public record InstalledExtension(
    String extensionPoint,
    String id,
    String displayName,
    LocalizedText name,
    String version,
    String module,
    State state,
    Refusal reason)
    implements Serializable {

  @Schema(name = "ExtensionState")
  public enum State {
    /** In use wherever a contribution of its kind is. */
    LOADED,
    /**
     * Loaded, but taken out of new use by an administrator: what uses it already keeps it and says
     * so.
     */
    DISABLED,
    /** Found at start but not loaded, for the reason given. */
    NOT_LOADED
  }
}
