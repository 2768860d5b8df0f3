package io.outsight.extension.api.report;

import io.outsight.extension.api.Extension;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a contract success report as a file of one format, carrying its own metadata. */
public interface ReportExporter extends Extension {

  /** The media type of the files it writes, such as {@code text/csv}. */
  String mediaType();

  /** The file name's extension, without the dot. */
  String fileExtension();

  void write(ReportDocument document, OutputStream out) throws IOException;
}
