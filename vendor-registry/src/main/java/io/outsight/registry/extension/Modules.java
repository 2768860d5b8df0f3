package io.outsight.registry.extension;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;

/** Which jar a class came in, as the list of installed extensions names it. */
final class Modules {

  static final String APPLICATION_CLASSES = "WEB-INF/classes";

  private Modules() {}

  /** The jar the class was loaded from; null when it came in none or the server does not say. */
  static Path jarOf(Class<?> type) {
    var source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    String location = source.getLocation().getPath();
    int jar = location.lastIndexOf(".jar");
    if (jar < 0) {
      return null;
    }
    try {
      // the URL's path is still escaped (a space is %20): read as a file URI it is not
      return Path.of(URI.create("file:" + location.substring(0, jar + ".jar".length())));
    } catch (IllegalArgumentException | FileSystemNotFoundException e) {
      return Path.of(location.substring(0, jar + ".jar".length()));
    }
  }

  /**
   * The file name of the class's jar, or the application's own classes when it came in none (the
   * server names each such class's file); empty when the server does not say.
   */
  static String moduleOf(Class<?> type) {
    var source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "";
    }
    Path jar = jarOf(type);
    return jar == null ? APPLICATION_CLASSES : jar.getFileName().toString();
  }
}
