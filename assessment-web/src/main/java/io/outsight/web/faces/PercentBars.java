package io.outsight.web.faces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * A Chart.js configuration of horizontal bars on a scale of 0 to 100, one series in one colour, as
 * the pages show scores and shares; a page carries it inside a script element ({@link ScriptJson}).
 */
public final class PercentBars {

  private PercentBars() {}

  /** One bar per label; a null value leaves its label without a bar. */
  public static String of(
      JsonArrayBuilder labels, String series, JsonArrayBuilder values, String colour) {
    return ScriptJson.of(
        Json.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("label", series)
                                    .add("data", values)
                                    .add("backgroundColor", colour))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("indexAxis", "y")
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add("x", Json.createObjectBuilder().add("min", 0).add("max", 100)))
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add("legend", Json.createObjectBuilder().add("display", false)))));
  }
}
