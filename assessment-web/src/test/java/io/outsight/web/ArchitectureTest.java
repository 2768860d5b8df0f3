package io.outsight.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture the build keeps (ARCHITECTURE.md): checked here because this module's test class
 * path holds the classes of every module.
 */
@AnalyzeClasses(packages = "io.outsight", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  // The order of the Maven modules: reporting depends on the registry, the portal on all three.
  @ArchTest
  static final ArchRule modulesDependOnlyOnModulesBelow =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("web")
          .definedBy("io.outsight.web..")
          .layer("reporting")
          .definedBy("io.outsight.reporting..")
          .layer("registry")
          .definedBy("io.outsight.registry..")
          .layer("core")
          .definedBy("io.outsight.core..")
          .whereLayer("web")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("reporting")
          .mayOnlyBeAccessedByLayers("web")
          .whereLayer("registry")
          .mayOnlyBeAccessedByLayers("reporting", "web")
          .whereLayer("core")
          .mayOnlyBeAccessedByLayers("registry", "reporting", "web")
          .because(
              "each module builds on the ones below it (core, registry, reporting, web), so a module can be"
                  + " understood, tested and reused without the ones above it");

  @ArchTest
  static final ArchRule theExtensionApiStandsAlone =
      classes()
          .that()
          .resideInAPackage("io.outsight.extension.api..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "io.outsight.extension.api..",
              "java..",
              "org.eclipse.microprofile.openapi.annotations..")
          .because(
              "a third party builds its extension against the published API alone, and the portal's"
                  + " modules may change beneath it without breaking it");

  @ArchTest
  static final ArchRule coreKnowsNoContainer =
      noClasses()
          .that()
          .resideInAPackage("io.outsight.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ejb..",
              "jakarta.enterprise..",
              "jakarta.faces..",
              "jakarta.ws.rs..",
              "jakarta.servlet..",
              "org.primefaces..")
          .because(
              "the domain's rules run and are tested as plain Java; transactions, beans, pages and the API"
                  + " belong to the modules above it");

  @ArchTest
  static final ArchRule packagesFormNoCycles =
      slices()
          .matching("io.outsight.(*).(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "packages that depend on each other can only be understood, changed and moved together;"
                  + " the extension points, for one, could move into a published module of their own only"
                  + " because nothing below them used the core");
}
