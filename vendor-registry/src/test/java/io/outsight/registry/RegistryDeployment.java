package io.outsight.registry;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment the registry's container tests share: the registry jar as built, beside the
 * libraries it runs with, packaged the way the portal WAR carries them.
 */
public final class RegistryDeployment {

  private RegistryDeployment() {}

  public static WebArchive create() {
    JavaArchive registry =
        ShrinkWrap.create(JavaArchive.class, "vendor-registry.jar")
            .as(ExplodedImporter.class)
            .importDirectory("target/classes")
            .as(JavaArchive.class);
    File[] libraries = new File("target/test-archive-lib").listFiles();
    return ShrinkWrap.create(WebArchive.class, "registry-it.war")
        .addAsLibrary(registry)
        .addAsLibraries(libraries)
        .addAsLibraries(jarOf(Assertions.class))
        .addClasses(
            RegistryDeployment.class,
            Sql.class,
            Records.class,
            AsProcurement.class,
            AsAuditor.class,
            AsAdmin.class,
            ChangedQuestionnaires.class)
        .addAsWebInfResource("glassfish-web-it.xml", "glassfish-web.xml");
  }

  /**
   * The deployment with a real SMTP server beside the tests (GreenMail, with the logging API it
   * writes to): the tests start it inside the portal's JVM on the port the portal mails to.
   */
  public static WebArchive withMailServer() {
    return create()
        .addClass(SmtpServer.class)
        .addAsLibraries(
            jarOf(com.icegreen.greenmail.util.GreenMail.class), jarOf(org.slf4j.Logger.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
