package io.outsight.extension.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiVersionTest {

  @Test
  void theOfferedVersionIsTheOneTheBuildPublishes() {
    assertThat(ApiVersion.offered()).isEqualTo(new ApiVersion(1, 1, 0));
  }

  @ParameterizedTest(name = "{0} is {1}.{2}.{3}")
  @CsvSource({"1,1,0,0", "1.2,1,2,0", "1.2.3,1,2,3", "' 2.0.10 ',2,0,10"})
  void readsShortAndFullVersions(String text, int major, int minor, int patch) {
    assertThat(ApiVersion.parse(text)).isEqualTo(new ApiVersion(major, minor, patch));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "v1", "1.x", "1.2.3.4", "1.-2", "1.2-SNAPSHOT"})
  void refusesWhatIsNoVersionQuotingIt(String text) {
    assertThatThrownBy(() -> ApiVersion.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @ParameterizedTest(name = "1.2.3 runs an extension built for {0}: {1}")
  @CsvSource({
    "1.0.0,true",
    "1.2.0,true",
    "1.2.3,true",
    "1.2.9,true",
    "1.3,false",
    "0.9,false",
    "2.0,false"
  })
  void runsExtensionsOfItsMajorVersionUpToItsMinorVersion(String needed, boolean runs) {
    assertThat(new ApiVersion(1, 2, 3).runs(ApiVersion.parse(needed))).isEqualTo(runs);
  }

  @Test
  void ordersByMajorThenMinorThenPatch() {
    assertThat(ApiVersion.parse("1.10")).isGreaterThan(ApiVersion.parse("1.9.9"));
    assertThat(ApiVersion.parse("2")).isGreaterThan(ApiVersion.parse("1.99.99"));
    assertThat(ApiVersion.parse("1.2.3")).hasToString("1.2.3");
  }
}
