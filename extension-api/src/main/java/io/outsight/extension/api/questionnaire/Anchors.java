package io.outsight.extension.api.questionnaire;

import io.outsight.extension.api.LocalizedText;
import java.util.List;

/**
 * The six described levels of a 0-5 scale: the question's own words for the worst (0) and the best
 * (5), and the same steps between them for every question, so that assessors use the scale alike.
 */
public final class Anchors {

  private Anchors() {}

  public static List<LocalizedText> between(LocalizedText worst, LocalizedText best) {
    return List.of(
        worst,
        new LocalizedText(
            "1 - Weak: major gaps, little evidence", "1 - Heikko: suuria puutteita, vähän näyttöä"),
        new LocalizedText(
            "2 - Partial: some evidence, clear gaps",
            "2 - Osittainen: jonkin verran näyttöä, selviä puutteita"),
        new LocalizedText(
            "3 - Adequate: meets our needs with minor gaps",
            "3 - Riittävä: täyttää tarpeemme pienin puuttein"),
        new LocalizedText(
            "4 - Good: well evidenced, no material gaps",
            "4 - Hyvä: hyvin osoitettu, ei olennaisia puutteita"),
        best);
  }
}
