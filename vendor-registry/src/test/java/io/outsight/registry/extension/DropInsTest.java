package io.outsight.registry.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.ApiVersion;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.Parameter;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.compensation.CompensationTerms;
import io.outsight.extension.api.compensation.Payout;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.MetricUnit;
import io.outsight.extension.api.metric.PeriodOutcome;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.registry.extension.dropin.BrokenModel;
import io.outsight.registry.extension.dropin.FlatFeeModel;
import io.outsight.registry.extension.dropin.NamelessModel;
import io.outsight.registry.extension.dropin.PeekingModel;
import io.outsight.registry.extension.dropin.ShoutingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jars dropped into the extensions folder, loaded as the portal loads them, without a container.
 */
class DropInsTest {

  private static final ApiVersion OFFERED = ApiVersion.parse("1.0.0");

  @TempDir Path folder;

  @Test
  void loadsAContributionFromItsJarInALoaderThatSeesTheApiAlone() throws IOException {
    jar("flat-fee.jar", "1.0", FlatFeeModel.class, PeekingModel.class);

    try (DropIns dropIns = new DropIns(OFFERED)) {
      List<Contribution> found = dropIns.inFolder(folder);

      assertThat(found).hasSize(2);
      Contribution flat = found.get(0);
      assertThat(flat.isLoaded()).isTrue();
      assertThat(flat.point()).isEqualTo(CompensationModel.class);
      assertThat(flat.id()).isEqualTo("flat-fee");
      assertThat(flat.version()).isEqualTo("2.1");
      assertThat(flat.module()).isEqualTo("flat-fee.jar");
      // its own class, from the jar, not the one on this test's class path
      assertThat(flat.extension().getClass().getClassLoader())
          .isNotSameAs(FlatFeeModel.class.getClassLoader());
      Contribution peeking = found.get(1);
      assertThat(peeking.isLoaded()).isFalse();
      assertThat(peeking.displayName()).isEqualTo(PeekingModel.class.getName());
      assertThat(peeking.refusal().code()).isEqualTo("failed-loading");
      assertThat(peeking.refusal().text())
          .contains("ClassNotFoundException", "io.outsight.core.rules.RuleViolation");
    }
  }

  @Test
  void refusesAJarThatNeedsANewerApiOrNamesNone() throws IOException {
    jar("newer.jar", "1.1", FlatFeeModel.class);
    jar("next-major.jar", "2.0", FlatFeeModel.class);
    jar("unversioned.jar", null, FlatFeeModel.class);
    jar("garbled.jar", "one", FlatFeeModel.class);
    Files.writeString(folder.resolve("not-a-jar.jar"), "text");

    try (DropIns dropIns = new DropIns(OFFERED)) {
      List<Contribution> found = dropIns.inFolder(folder);

      assertThat(found)
          .extracting(Contribution::module, contribution -> contribution.refusal().text())
          .containsExactly(
              tuple(
                  "garbled.jar",
                  "states an extension API version \"one\" that is none, such as 1.0 or 1.2.3"),
              tuple("newer.jar", "needs extension API 1.1.0; this portal offers 1.0.0"),
              tuple("next-major.jar", "needs extension API 2.0.0; this portal offers 1.0.0"),
              tuple("not-a-jar.jar", found.get(3).refusal().text()),
              tuple(
                  "unversioned.jar",
                  "names no extension API version in its manifest (Outsight-Extension-Api)"));
      assertThat(found.get(3).refusal().code()).isEqualTo("unreadable-jar");
      assertThat(found.get(1).refusal().arguments()).containsExactly("1.1.0", "1.0.0");
      assertThat(found).noneMatch(Contribution::isLoaded);
    }
  }

  @Test
  void refusesAContributionThatThrowsWhileItIsMadeAndLoadsTheRestOfItsJar() throws IOException {
    jar("mixed.jar", "1.0.0", BrokenModel.class, FlatFeeModel.class);

    try (DropIns dropIns = new DropIns(OFFERED)) {
      List<Contribution> found = dropIns.inFolder(folder);

      assertThat(found).extracting(Contribution::isLoaded).containsExactly(false, true);
      assertThat(found.get(0).refusal().text())
          .isEqualTo("failed while loading: IllegalStateException: no licence key configured");
    }
  }

  @Test
  void readsAContributionsNameInBothLanguagesOnceAsItIsLoadedAndRefusesOneThatFailsToSayIt()
      throws IOException {
    jar("named.jar", "1.0.0", NamelessModel.class, FlatFeeModel.class);

    try (DropIns dropIns = new DropIns(OFFERED)) {
      List<Contribution> found = dropIns.inFolder(folder);

      assertThat(found).extracting(Contribution::isLoaded).containsExactly(false, true);
      assertThat(found.get(0).refusal().text())
          .isEqualTo("failed while loading: IllegalStateException: no translations bundled");
      assertThat(found.get(1).name())
          .as("the display name in both languages, where the extension gives no other")
          .isEqualTo(new LocalizedText(found.get(1).displayName(), found.get(1).displayName()));
    }
  }

  @Test
  void refusesAContributionThatDescribesItselfUnfitly() throws IOException {
    jar("unfit.jar", "1.0", ShoutingModel.class, FlatFeeModel.class);

    try (DropIns dropIns = new DropIns(OFFERED)) {
      List<Contribution> found = dropIns.inFolder(folder);

      assertThat(found).extracting(Contribution::isLoaded).containsExactly(false, true);
      assertThat(found.get(0).refusal().code()).isEqualTo("unfit-description");
      assertThat(found.get(0).refusal().text()).contains("\"FLAT FEE!\"");
    }
  }

  @Test
  void aMetricWithItsAliasesInAnImmutableSetDescribesItselfFitly() {
    MetricDefinition noShows =
        new MetricDefinition() {
          @Override
          public String id() {
            return "meetings-no-show";
          }

          @Override
          public String displayName() {
            return "No-shows";
          }

          @Override
          public String version() {
            return "1.0.0";
          }

          @Override
          public MetricUnit unit() {
            return MetricUnit.COUNT;
          }

          @Override
          public boolean reported() {
            return true;
          }

          @Override
          public Optional<BigDecimal> valueIn(PeriodOutcome outcome) {
            return outcome.results().value(id());
          }

          @Override
          public Set<String> aliases() {
            return Set.of("no-shows");
          }
        };

    assertThat(Descriptions.unfit(MetricDefinition.class, noShows)).isNull();
  }

  @Test
  void aDroppedInModelRefusingTermsRefusesTheContractNamingIt() {
    CompensationModel refusing =
        (CompensationModel)
            Guarded.of(
                CompensationModel.class,
                Contribution.loaded(
                    CompensationModel.class,
                    new FlatFeeModel() {
                      @Override
                      public Payout payoutFor(CompensationTerms terms, PeriodResults results) {
                        throw new IllegalArgumentException("pays meetings, not leads");
                      }
                    },
                    "meetings.jar"));

    assertThatThrownBy(() -> refusing.payoutFor(terms(), PeriodResults.NONE))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.rule()).isEqualTo("contract.compensation"))
        .hasMessage("flat-fee refuses the terms: pays meetings, not leads");
  }

  @Test
  void findsNothingWhereThereIsNoFolder() {
    try (DropIns dropIns = new DropIns(OFFERED)) {
      assertThat(dropIns.inFolder(folder.resolve("none"))).isEmpty();
    }
  }

  @Test
  void admitsNoDroppedInIdThatIsTakenOrClaimedTwice() throws IOException {
    Contribution own =
        Contribution.loaded(CompensationModel.class, new FlatFeeModel(), "assessment-core.jar");
    Contribution again =
        Contribution.loaded(CompensationModel.class, new FlatFeeModel() {}, "a.jar");
    Contribution one = Contribution.loaded(CompensationModel.class, new Named("twin"), "b.jar");
    Contribution other = Contribution.loaded(CompensationModel.class, new Named("twin"), "c.jar");
    Contribution alone = Contribution.loaded(CompensationModel.class, new Named("alone"), "d.jar");

    List<Contribution> admitted =
        ExtensionRegistry.admitted(List.of(own), List.of(again, one, other, alone));

    assertThat(admitted)
        .extracting(Contribution::module)
        .containsExactly("assessment-core.jar", "a.jar", "b.jar", "c.jar", "d.jar");
    assertThat(admitted.get(1).refusal().text())
        .isEqualTo(
            "the id flat-fee is taken by flat-fee (CompensationModel) from assessment-core.jar");
    assertThat(admitted.get(2).refusal().text())
        .isEqualTo("the id twin is claimed also by twin (CompensationModel) from c.jar");
    assertThat(admitted.get(3).refusal().code()).isEqualTo("id-claimed-twice");
    assertThat(admitted.get(4).isLoaded()).isTrue();
    assertThat(admitted.get(4).extension()).isNotSameAs(alone.extension());
  }

  @Test
  void aDroppedInContributionThatFailsInUseIsNamedInTheRuleItBreaks() {
    CompensationModel failing =
        (CompensationModel)
            Guarded.of(
                CompensationModel.class,
                Contribution.loaded(
                    CompensationModel.class,
                    new FlatFeeModel() {
                      @Override
                      public Payout payoutFor(CompensationTerms terms, PeriodResults results) {
                        throw new ArithmeticException("/ by zero");
                      }
                    },
                    "meetings.jar"));
    assertThatThrownBy(() -> failing.payoutFor(terms(), PeriodResults.NONE))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.rule()).isEqualTo(ExtensionRegistry.FAILED);
              assertThat(violation.details())
                  .containsExactly("flat-fee", "meetings.jar", "/ by zero");
            })
        .hasMessage(
            "The extension flat-fee from meetings.jar failed: ArithmeticException: / by zero");
    assertThat(failing.id()).isEqualTo("flat-fee");
    assertThat(failing.parameters()).extracting(Parameter::key).containsExactly("fee");
    assertThat(failing.implementation().getSuperclass()).isEqualTo(FlatFeeModel.class);
  }

  private static CompensationTerms terms() {
    return new CompensationTerms(
        "flat-fee",
        Currency.getInstance("EUR"),
        null,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        Map.of());
  }

  /** A model with the id given, to claim ids with. */
  private static final class Named extends FlatFeeModel {
    private final String id;

    Named(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }
  }

  private void jar(String name, String apiVersion, Class<?>... models) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (apiVersion != null) {
      manifest.getMainAttributes().putValue(ApiVersion.MANIFEST_ATTRIBUTE, apiVersion);
    }
    try (OutputStream file = Files.newOutputStream(folder.resolve(name));
        JarOutputStream jar = new JarOutputStream(file, manifest)) {
      jar.putNextEntry(new JarEntry("META-INF/services/" + CompensationModel.class.getName()));
      for (Class<?> model : models) {
        jar.write((model.getName() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      for (Class<?> type :
          List.of(
              FlatFeeModel.class,
              PeekingModel.class,
              BrokenModel.class,
              ShoutingModel.class,
              NamelessModel.class)) {
        String path = type.getName().replace('.', '/') + ".class";
        jar.putNextEntry(new JarEntry(path));
        try (InputStream bytes = type.getClassLoader().getResourceAsStream(path)) {
          bytes.transferTo(jar);
        }
      }
    }
  }
}
