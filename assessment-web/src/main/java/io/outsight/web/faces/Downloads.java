package io.outsight.web.faces;

import io.outsight.web.security.SecurityHeaders;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Answers a page's action with a file to save instead of a page: exports and reports. */
public final class Downloads {

  /** Writes the file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes text content in UTF-8. */
  @FunctionalInterface
  public interface Text {
    void writeTo(Writer out) throws IOException;
  }

  private Downloads() {}

  public static void send(String fileName, String contentType, Content content) throws IOException {
    send(fileName, contentType, Map.of(), content);
  }

  /**
   * As {@link #send(String, String, Content)}, with headers of its own, such as the file's digest.
   */
  public static void send(
      String fileName, String contentType, Map<String, String> headers, Content content)
      throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    PageAdmission.leave((ServletRequest) external.getRequest());
    SecurityHeaders.restore(external);
    external.setResponseContentType(contentType);
    headers.forEach(external::setResponseHeader);
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    try (OutputStream out = external.getResponseOutputStream()) {
      content.writeTo(out);
    }
    faces.responseComplete();
  }

  /** A CSV file, written as text in UTF-8. */
  public static void sendCsv(String fileName, Text content) throws IOException {
    send(fileName, "text/csv; charset=UTF-8", utf8(content));
  }

  /**
   * Text content as the bytes of UTF-8. Closing the writer flushes it; a CSV printer that closed it
   * already leaves nothing to do, where flushing a closed writer would fail the download.
   */
  static Content utf8(Text content) {
    return out -> {
      try (Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
        content.writeTo(text);
      }
    };
  }
}
