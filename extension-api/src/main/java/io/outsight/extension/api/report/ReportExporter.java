package io.outsight.extension.api.report;

import io.outsight.extension.api.Extension;
import io.outsight.extension.api.Parameter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a contract success report as a file of one format, carrying its own metadata. An exporter
 * may take options: the report's download asks for them in the user's language, and refuses values
 * outside their bounds before the exporter is called.
 */
public interface ReportExporter extends Extension {

  /** The media type of the files it writes, such as {@code text/csv}. */
  String mediaType();

  /** The file name's extension, without the dot. */
  String fileExtension();

  /** Writes the report with the options' defaults. */
  void write(ReportDocument document, OutputStream out) throws IOException;

  /**
   * The options it takes, with their types, bounds, defaults and labels in both languages; none by
   * default.
   *
   * @since 1.1.0
   */
  default List<Parameter> parameters() {
    return List.of();
  }

  /**
   * Writes the report with a value for each of {@link #parameters()}: as given, else its default.
   * An exporter with options overrides it (and writes with its defaults in {@link
   * #write(ReportDocument, OutputStream)}); one without is written as before.
   *
   * @since 1.1.0
   */
  default void write(ReportDocument document, Map<String, BigDecimal> options, OutputStream out)
      throws IOException {
    write(document, out);
  }
}
