package io.outsight.web.faces;

import static io.outsight.core.json.JsonProcessing.JSON;

import io.outsight.web.i18n.Formats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart's figures as a table, read from the Chart.js configuration the chart is drawn from, so
 * that the words and numbers are the chart's own: a canvas is a picture to a screen reader, and
 * colours tell some readers nothing.
 */
@Named
@RequestScoped
public class ChartFigures {

  /**
   * What a chart shows in a row of its table: a month, a status or a vendor, with one figure a
   * series.
   */
  public record Row(String label, List<String> figures) {}

  /**
   * The chart's series as columns, its labels as rows; a series without a name is headed {@code
   * unnamed}.
   */
  public record Table(List<String> series, List<Row> rows) {}

  @Inject private Formats formats;

  /** A page's tables by their chart and heading: a table's rows are asked for more than once. */
  private final Map<List<String>, Table> tables = new HashMap<>();

  public Table table(String chartConfiguration, String unnamed) {
    return tables.computeIfAbsent(
        List.of(chartConfiguration, unnamed), key -> read(chartConfiguration, unnamed));
  }

  private Table read(String chartConfiguration, String unnamed) {
    JsonObject data;
    try (JsonReader reader = JSON.createReader(new StringReader(chartConfiguration))) {
      data = reader.readObject().getJsonObject("data");
    }
    List<JsonObject> datasets = data.getJsonArray("datasets").getValuesAs(JsonObject.class);
    List<String> series =
        datasets.stream().map(dataset -> dataset.getString("label", unnamed)).toList();
    List<Row> rows = new ArrayList<>();
    List<JsonString> labels = data.getJsonArray("labels").getValuesAs(JsonString.class);
    for (int index = 0; index < labels.size(); index++) {
      List<String> figures = new ArrayList<>();
      for (JsonObject dataset : datasets) {
        JsonValue point = dataset.getJsonArray("data").get(index);
        // a gap in a line is a period without data, not a zero
        figures.add(
            point instanceof JsonNumber number ? formats.figure(number.bigDecimalValue()) : "–");
      }
      rows.add(new Row(labels.get(index).getString(), figures));
    }
    return new Table(series, rows);
  }
}
