package io.outsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The WAR that Payara Micro runs alone carries the other modules in WEB-INF/lib. */
class RunnableWarIT {

  @Test
  void carriesCoreRegistryAndReportingAsLibraries() throws Exception {
    try (ZipFile war = new ZipFile(new File(System.getProperty("outsight.war")))) {
      assertThat(war.stream().map(ZipEntry::getName))
          .anyMatch(entry -> entry.matches("WEB-INF/lib/assessment-core-.*\\.jar"))
          .anyMatch(entry -> entry.matches("WEB-INF/lib/vendor-registry-.*\\.jar"))
          .anyMatch(entry -> entry.matches("WEB-INF/lib/reporting-.*\\.jar"))
          .anyMatch(entry -> entry.matches("WEB-INF/lib/flyway-core-.*\\.jar"))
          .anyMatch(entry -> entry.matches("WEB-INF/lib/primefaces-.*-jakarta\\.jar"))
          // the server provides these; PostgreSQL's driver sits beside it, for the pool it defines
          .noneMatch(
              entry ->
                  entry.matches(
                      "WEB-INF/lib/(jakarta\\.jakartaee-api|h2|microprofile|postgresql).*"));
    }
  }
}
