package io.outsight.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DownloadsTest {

  @Test
  void textWhoseWriterWasClosedByItsPrinterIsSentWhole() throws Exception {
    ByteArrayOutputStream sent = new ByteArrayOutputStream();

    // as a CSV printer does when it is closed: the writer goes with it
    Downloads.utf8(
            out -> {
              out.write("Toimittaja;Määrä\r\n");
              out.close();
            })
        .writeTo(sent);

    assertThat(sent.toString(StandardCharsets.UTF_8)).isEqualTo("Toimittaja;Määrä\r\n");
  }

  @Test
  void textLeftOpenIsFlushed() throws Exception {
    ByteArrayOutputStream sent = new ByteArrayOutputStream();

    Downloads.utf8(out -> out.write("a,b\r\n")).writeTo(sent);

    assertThat(sent.toString(StandardCharsets.UTF_8)).isEqualTo("a,b\r\n");
  }
}
