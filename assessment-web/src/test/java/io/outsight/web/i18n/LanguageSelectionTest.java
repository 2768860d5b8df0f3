package io.outsight.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageSelectionTest {

  @Test
  void theFirstLanguageTheRequestAcceptsThatThePortalSpeaksByItsWeights() {
    assertThat(LanguageSelection.firstSpoken("sv-SE, fi;q=0.8, en;q=0.5"))
        .isEqualTo(Locale.forLanguageTag("fi"));
    assertThat(LanguageSelection.firstSpoken("fi;q=0.5, en-GB;q=0.9")).isEqualTo(Locale.ENGLISH);
    assertThat(LanguageSelection.firstSpoken("fi-FI")).isEqualTo(Locale.forLanguageTag("fi"));
    assertThat(LanguageSelection.firstSpoken("fi;q=0, en"))
        .as("q=0 refuses")
        .isEqualTo(Locale.ENGLISH);
  }

  @Test
  void englishWhenTheRequestNamesNoLanguageOrNoneThePortalSpeaksOrCannotBeRead() {
    assertThat(LanguageSelection.firstSpoken((String) null)).isEqualTo(Locale.ENGLISH);
    assertThat(LanguageSelection.firstSpoken(" ")).isEqualTo(Locale.ENGLISH);
    assertThat(LanguageSelection.firstSpoken("de-DE, *;q=0.1")).isEqualTo(Locale.ENGLISH);
    assertThat(LanguageSelection.firstSpoken("fi;q=x;;")).isEqualTo(Locale.ENGLISH);
  }
}
