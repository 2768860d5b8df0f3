package io.outsight.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.junit.jupiter.api.Test;

class WholeStartUpReportTest {

  @Test
  void aReportNamingTheApplicationsServletsIsWholeWithOrWithoutTheTestRunner() {
    HTTPContext inServer = new HTTPContext("127.0.0.1", 8236);
    inServer.add(new Servlet("jsp", "/registry-it"));
    inServer.add(new Servlet("ArquillianServletRunnerEE9", "/registry-it"));
    HTTPContext fromOutside = new HTTPContext("127.0.0.1", 8237);
    fromOutside.add(new Servlet("Faces Servlet", ""));

    assertThat(WholeStartUpReport.namesServlets(new ProtocolMetaData().addContext(inServer)))
        .isTrue();
    assertThat(WholeStartUpReport.namesServlets(new ProtocolMetaData().addContext(fromOutside)))
        .isTrue();
  }

  @Test
  void aReportReadBeforeTheApplicationsListIsWholeIsNot() {
    HTTPContext server = new HTTPContext("127.0.0.1", 8236);

    assertThat(WholeStartUpReport.namesServlets(new ProtocolMetaData().addContext(server)))
        .isFalse();
    assertThat(WholeStartUpReport.namesServlets(new ProtocolMetaData())).isFalse();
  }
}
