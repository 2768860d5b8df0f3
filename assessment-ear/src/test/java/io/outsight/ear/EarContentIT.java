package io.outsight.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The EAR for full-profile servers, read as the server reads it: its entries and descriptors. */
class EarContentIT {

  private static Path ear;

  @BeforeAll
  static void locateEar() {
    ear = Path.of(System.getProperty("outsight.ear", "target/outsight.ear"));
    assertThat(ear).exists();
  }

  private static List<String> entries(ZipFile archive) {
    return archive.stream().map(ZipEntry::getName).toList();
  }

  private static Document xml(ZipFile archive, String entry) throws Exception {
    try (InputStream content = archive.getInputStream(archive.getEntry(entry))) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory.newDocumentBuilder().parse(content);
    }
  }

  private static List<String> texts(Document document, String element) {
    NodeList nodes = document.getElementsByTagNameNS("*", element);
    return java.util.stream.IntStream.range(0, nodes.getLength())
        .mapToObj(i -> nodes.item(i).getTextContent().strip())
        .toList();
  }

  @Test
  void carriesTheEjbModulesTheWebModuleAndTheSharedLibraries() throws IOException {
    try (ZipFile archive = new ZipFile(ear.toFile())) {
      assertThat(entries(archive))
          .contains(
              "vendor-registry.jar",
              "reporting.jar",
              "assessment-web.war",
              "lib/outsight-extension-api.jar",
              "lib/assessment-core.jar")
          .anyMatch(entry -> entry.matches("lib/.*flyway-core-[\\d.]+\\.jar"))
          .noneMatch(entry -> entry.startsWith("lib/") && entry.contains("primefaces"));
    }
  }

  @Test
  void applicationXmlDeclaresEachModuleOnce() throws Exception {
    try (ZipFile archive = new ZipFile(ear.toFile())) {
      Document application = xml(archive, "META-INF/application.xml");

      assertThat(application.getDocumentElement().getAttribute("version")).isEqualTo("10");
      assertThat(texts(application, "ejb"))
          .containsExactlyInAnyOrder("vendor-registry.jar", "reporting.jar");
      assertThat(texts(application, "web-uri")).containsExactly("assessment-web.war");
      assertThat(texts(application, "context-root")).containsExactly("/outsight");
      assertThat(texts(application, "library-directory")).containsExactly("lib");
    }
  }

  @Test
  void mapsEveryRoleToTheGroupTheIdentityStoreReturns() throws Exception {
    try (ZipFile archive = new ZipFile(ear.toFile())) {
      Document mapping = xml(archive, "META-INF/glassfish-application.xml");

      assertThat(texts(mapping, "role-name"))
          .containsExactlyInAnyOrder("PROCUREMENT", "AUDITOR", "ADMIN");
      assertThat(texts(mapping, "group-name"))
          .containsExactlyInAnyOrder("PROCUREMENT", "AUDITOR", "ADMIN");
    }
  }

  @Test
  void theWebModuleSharesTheEarsModulesInsteadOfCarryingCopies() throws Exception {
    try (ZipFile archive = new ZipFile(ear.toFile());
        ZipInputStream war =
            new ZipInputStream(archive.getInputStream(archive.getEntry("assessment-web.war")))) {
      List<String> warEntries = new java.util.ArrayList<>();
      for (ZipEntry entry = war.getNextEntry(); entry != null; entry = war.getNextEntry()) {
        warEntries.add(entry.getName());
      }
      assertThat(warEntries)
          .contains("WEB-INF/web.xml", "WEB-INF/glassfish-web.xml", "vendors/index.xhtml")
          .anyMatch(entry -> entry.matches("WEB-INF/lib/primefaces-.*\\.jar"))
          .noneMatch(
              entry ->
                  entry.matches(
                      "WEB-INF/lib/(outsight-extension-api|assessment-core|vendor-registry|reporting|flyway).*"));
    }
  }
}
