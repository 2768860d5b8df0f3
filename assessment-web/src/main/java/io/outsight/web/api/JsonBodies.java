package io.outsight.web.api;

import static io.outsight.core.json.JsonProcessing.JSON;

import jakarta.annotation.Priority;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads every JSON body once with JSON-P before it is bound to its type, so that what no operation
 * can take is answered alike everywhere and before any work is done: JSON that does not parse, with
 * the line and column where it stops; nesting deeper than {@value #MAX_DEPTH}; and a number with
 * more than {@value #MAX_DIGITS} digits before or after its decimal point, with the field it is in.
 * Such numbers are beyond any amount, count or identifier the portal keeps, and one written as
 * 1e999999999 would otherwise cost the server all its memory when written out in full. The body is
 * already bounded in size ({@link BodyLimits}), so it is held while it is read.
 */
@Provider
@PreMatching
@Priority(Priorities.USER + 100)
public class JsonBodies implements ContainerRequestFilter {

  static final int MAX_DIGITS = 18;

  static final int MAX_DEPTH = 32;

  private static final String BODY = JsonBodies.class.getName() + ".body";

  @Override
  public void filter(ContainerRequestContext request) {
    if (!request.hasEntity()
        || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
      return;
    }
    byte[] body;
    try {
      body = request.getEntityStream().readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    Problems problems = Problems.in(request.getAcceptableLanguages());
    JsonParser parser = parser(body);
    try (parser) {
      Path path = new Path();
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        path.at(event, parser);
        if (path.depth() > MAX_DEPTH) {
          request.abortWith(problem(problems, "too-deep", parser.getLocation(), path, MAX_DEPTH));
          return;
        }
        if (event == JsonParser.Event.VALUE_NUMBER && beyondBounds(parser.getBigDecimal())) {
          request.abortWith(
              problem(problems, "number-out-of-range", parser.getLocation(), path, MAX_DIGITS));
          return;
        }
      }
    } catch (JsonException malformed) {
      JsonLocation stop =
          malformed instanceof JsonParsingException parsing
              ? parsing.getLocation()
              : parser.getLocation();
      request.abortWith(
          problem(problems, "malformed-json", within(body, stop), null, malformed.getMessage()));
      return;
    }
    request.setProperty(BODY, body);
    request.setEntityStream(new ByteArrayInputStream(body));
  }

  /**
   * The field a value of the request's body was first sent in, so that a value JSON-B refuses (an
   * unknown status, a date that does not exist) is answered with its field. The body, kept as a
   * request property, is read again for it: only a refused request pays for the search.
   */
  static Optional<String> fieldOf(HttpServletRequest request, String value) {
    if (!(request.getAttribute(BODY) instanceof byte[] body)) {
      return Optional.empty();
    }
    try (JsonParser parser = parser(body)) {
      Path path = new Path();
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        path.at(event, parser);
        if ((event == JsonParser.Event.VALUE_STRING || event == JsonParser.Event.VALUE_NUMBER)
            && parser.getString().equals(value)) {
          return Optional.of(path.toString());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * JSON is UTF-8 (RFC 8259): read as such, also a body too short for JSON-P to detect its
   * encoding.
   */
  private static JsonParser parser(byte[] body) {
    return JSON.createParser(
        new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
  }

  /**
   * Where the parser stopped, as a place in the body: in a body cut short JSON-P (Parsson) counts
   * the columns of the buffer it read into, past the end of the text, so the end is the end of the
   * body's last line.
   */
  static JsonLocation within(byte[] body, JsonLocation location) {
    List<String> lines = new String(body, StandardCharsets.UTF_8).lines().toList();
    if (lines.isEmpty()) {
      return location;
    }
    long line = Math.min(Math.max(location.getLineNumber(), 1), lines.size());
    String text = lines.get((int) line - 1);
    long column =
        Math.min(
            Math.max(location.getColumnNumber(), 1), text.codePointCount(0, text.length()) + 1);
    return new Place(line, column, location.getStreamOffset());
  }

  private record Place(long line, long column, long offset) implements JsonLocation {

    @Override
    public long getLineNumber() {
      return line;
    }

    @Override
    public long getColumnNumber() {
      return column;
    }

    @Override
    public long getStreamOffset() {
      return offset;
    }
  }

  private static boolean beyondBounds(BigDecimal number) {
    return number.precision() - number.scale() > MAX_DIGITS || number.scale() > MAX_DIGITS;
  }

  private static Response problem(
      Problems problems, String type, JsonLocation location, Path path, Object argument) {
    String field = path == null ? "" : path.toString();
    return problems.of(
        Response.Status.BAD_REQUEST,
        type,
        problems.words("problem." + type, type),
        problems.words(
            "problem." + type + ".detail",
            type,
            location.getLineNumber(),
            location.getColumnNumber(),
            field,
            argument),
        problem -> {
          problem.add("line", location.getLineNumber()).add("column", location.getColumnNumber());
          if (path != null) {
            problem.add("field", field);
          }
        });
  }

  /** Where the parser is, as a field path such as terms.tiers[0].rate. */
  private static final class Path {

    /** Per open object its current key, per open array its current index. */
    private final Deque<Object> steps = new ArrayDeque<>();

    void at(JsonParser.Event event, JsonParser parser) {
      switch (event) {
        case KEY_NAME -> {
          steps.pop();
          steps.push(parser.getString());
        }
        case START_OBJECT, START_ARRAY -> {
          advanceIndex();
          steps.push(event == JsonParser.Event.START_OBJECT ? "" : -1);
        }
        case END_OBJECT, END_ARRAY -> steps.pop();
        default -> advanceIndex();
      }
    }

    private void advanceIndex() {
      if (!steps.isEmpty() && steps.peek() instanceof Integer index) {
        steps.pop();
        steps.push(index + 1);
      }
    }

    int depth() {
      return steps.size();
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      steps
          .descendingIterator()
          .forEachRemaining(
              step -> {
                if (step instanceof Integer index) {
                  text.append('[').append(index).append(']');
                } else if (!step.toString().isEmpty()) {
                  text.append(text.isEmpty() ? "" : ".").append(step);
                }
              });
      return text.toString();
    }
  }
}
