package io.outsight.extension.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version of this API. An extension states in its jar's manifest ({@value
 * #MANIFEST_ATTRIBUTE}) the version it was built against; a portal runs it when it offers the same
 * major version at that minor version or a later one, since minor versions only add.
 */
public record ApiVersion(int major, int minor, int patch) implements Comparable<ApiVersion> {

  /** The manifest attribute in which an extension's jar names the API version it needs. */
  public static final String MANIFEST_ATTRIBUTE = "Outsight-Extension-Api";

  private static final Pattern FORM =
      Pattern.compile("(\\d{1,4})(?:\\.(\\d{1,4}))?(?:\\.(\\d{1,4}))?");

  private static final Comparator<ApiVersion> ORDER =
      Comparator.comparingInt(ApiVersion::major)
          .thenComparingInt(ApiVersion::minor)
          .thenComparingInt(ApiVersion::patch);

  public ApiVersion {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("a version has no negative parts");
    }
  }

  /**
   * Reads {@code 1}, {@code 1.2} or {@code 1.2.3}.
   *
   * @throws IllegalArgumentException quoting the text when it is not such a version
   */
  public static ApiVersion parse(String text) {
    Matcher parts = FORM.matcher(text == null ? "" : text.strip());
    if (!parts.matches()) {
      throw new IllegalArgumentException("\"" + text + "\" is not a version such as 1.0 or 1.2.3");
    }
    return new ApiVersion(
        Integer.parseInt(parts.group(1)), number(parts.group(2)), number(parts.group(3)));
  }

  private static int number(String part) {
    return part == null ? 0 : Integer.parseInt(part);
  }

  /** The version of the API on this class path: what the portal offers its extensions. */
  public static ApiVersion offered() {
    try (InputStream in = ApiVersion.class.getResourceAsStream("api.properties")) {
      Properties build = new Properties();
      build.load(in);
      return parse(build.getProperty("version"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether an extension built against {@code needed} runs on this version: the same major version
   * at the same minor version or a later one (a patch changes no type an extension sees).
   */
  public boolean runs(ApiVersion needed) {
    return major == needed.major && minor >= needed.minor;
  }

  @Override
  public int compareTo(ApiVersion other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
