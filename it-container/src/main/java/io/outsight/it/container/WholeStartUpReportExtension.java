package io.outsight.it.container;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Puts {@link WholeStartUpReport} in the place of the connector's own container. */
public class WholeStartUpReportExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.override(
        DeployableContainer.class, PayaraMicroDeployableContainer.class, WholeStartUpReport.class);
  }
}
