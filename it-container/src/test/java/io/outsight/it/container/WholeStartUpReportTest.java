package io.outsight.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.junit.jupiter.api.Test;

class WholeStartUpReportTest {

  @Test
  void aReportNamingTheTestRunnerIsWhole() {
    HTTPContext server = new HTTPContext("127.0.0.1", 8236);
    server.add(new Servlet("jsp", "/registry-it"));
    server.add(new Servlet("ArquillianServletRunnerEE9", "/registry-it"));

    assertThat(WholeStartUpReport.namesTheTestRunner(new ProtocolMetaData().addContext(server)))
        .isTrue();
  }

  @Test
  void aReportReadBeforeItsServletsIsNot() {
    HTTPContext server = new HTTPContext("127.0.0.1", 8236);

    assertThat(WholeStartUpReport.namesTheTestRunner(new ProtocolMetaData().addContext(server)))
        .isFalse();
    assertThat(WholeStartUpReport.namesTheTestRunner(new ProtocolMetaData())).isFalse();
  }
}
