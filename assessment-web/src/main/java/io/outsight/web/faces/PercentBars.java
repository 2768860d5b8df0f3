package io.outsight.web.faces;

import static io.outsight.core.json.JsonProcessing.JSON;

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
        JSON.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                JSON.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        JSON.createArrayBuilder()
                            .add(
                                JSON.createObjectBuilder()
                                    .add("label", series)
                                    .add("data", values)
                                    .add("backgroundColor", colour))))
            .add(
                "options",
                JSON.createObjectBuilder()
                    .add("indexAxis", "y")
                    .add(
                        "scales",
                        JSON.createObjectBuilder()
                            .add("x", JSON.createObjectBuilder().add("min", 0).add("max", 100)))
                    .add(
                        "plugins",
                        JSON.createObjectBuilder()
                            .add("legend", JSON.createObjectBuilder().add("display", false)))));
  }
}
