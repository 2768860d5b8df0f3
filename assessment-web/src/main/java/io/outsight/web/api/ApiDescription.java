package io.outsight.web.api;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Finishes the API's description as the build writes it from the resources (docs/api.md): the
 * answers every operation can give besides those its resource declares, every error as problem
 * details, every request body required, patterns as Bean Validation reads them, no stand-in
 * examples, each tag once with its description, and everything in a stable order, so that the
 * committed copy (docs/openapi.yaml) differs only where the API does. The build runs it (the
 * SmallRye OpenAPI plugin); the portal serves its result.
 */
public class ApiDescription implements OASFilter {

  private static final String PROBLEM = "#/components/schemas/Problem";

  /**
   * The examples the scanner gives every date and time it meets (SmallRye's TypeUtil): the same day
   * in 2022 for a contract's start and its end, a due date long past. They say nothing true.
   */
  private static final Set<String> STAND_IN_EXAMPLES =
      Set.of(
          "2022-03-10",
          "2022-03-10T12:15:50",
          "2022-03-10T12:15:50-04:00",
          "2022-03-10T16:15:50Z",
          "12:15:50",
          "12:15:50-04:00");

  /** Bean Validation's @NotBlank as the scanner writes it: some character that is not a space. */
  private static final String NOT_BLANK = "\\S";

  @Override
  public void filterOpenAPI(OpenAPI description) {
    description.setTags(describedOnce(description.getTags()));
    description.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .forEach(ApiDescription::answer);
    description.getPaths().setPathItems(new TreeMap<>(description.getPaths().getPathItems()));
    description.getComponents().setSchemas(new TreeMap<>(description.getComponents().getSchemas()));
    description.getComponents().getSchemas().values().forEach(ApiDescription::asValidated);
  }

  /** Each tag once, with the description the description's static part gives it, by name. */
  private static List<Tag> describedOnce(List<Tag> tags) {
    Map<String, Tag> byName =
        tags.stream()
            .collect(
                Collectors.toMap(
                    Tag::getName,
                    Function.identity(),
                    (one, other) -> one.getDescription() != null ? one : other,
                    LinkedHashMap::new));
    return byName.values().stream().sorted(Comparator.comparing(Tag::getName)).toList();
  }

  /**
   * The success an operation's return type describes (the scanner's "default" where the resource
   * declares no answer); what any operation of its kind can be answered (a body that cannot be
   * read, comes without its length, is too large or of another type; something a path names that
   * does not exist; signing in and roles, which every operation checks; a failure); and problem
   * details as the body of every error. What the resource declares stays as it words it.
   */
  private static void answer(Operation operation) {
    APIResponses responses = operation.getResponses();
    APIResponse success = responses.getAPIResponse(APIResponses.DEFAULT);
    if (success != null
        && responses.getAPIResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
      responses.removeAPIResponse(APIResponses.DEFAULT);
      responses.addAPIResponse("200", success.description("OK"));
    }
    if (operation.getRequestBody() != null) {
      operation.getRequestBody().setRequired(true);
      declare(responses, "400", "The body cannot be read, or a field in it is not valid");
      declare(responses, "411", "The body was sent without its Content-Length");
      declare(
          responses,
          "413",
          "The body is larger than the portal takes (outsight.api.max-json-bytes, max-file-bytes)");
      declare(responses, "415", "The body is not of a type the operation takes");
    }
    if (parameters(operation).anyMatch(parameter -> parameter.getIn() == Parameter.In.PATH)) {
      declare(responses, "404", "Nothing the path names exists");
    }
    declare(
        responses,
        "401",
        "Not signed in: send a user's credentials (HTTP Basic) or an access token");
    declare(responses, "403", "The caller's roles may not do this");
    declare(responses, "500", "The portal failed; its log has the cause");
    responses.getAPIResponses().entrySet().stream()
        .filter(each -> each.getKey().startsWith("4") || each.getKey().startsWith("5"))
        .map(Map.Entry::getValue)
        .filter(each -> each.getContent() == null || each.getContent().getMediaTypes().isEmpty())
        .forEach(each -> each.setContent(problem()));
    responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    parameters(operation).map(Parameter::getSchema).forEach(ApiDescription::asValidated);
  }

  private static Stream<Parameter> parameters(Operation operation) {
    return Objects.requireNonNullElse(operation.getParameters(), List.<Parameter>of()).stream();
  }

  private static void declare(APIResponses responses, String status, String description) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(
          status, OASFactory.createAPIResponse().description(description).content(problem()));
    }
  }

  private static Content problem() {
    MediaType body = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
    return OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, body);
  }

  /**
   * A schema as the portal validates it. Bean Validation's @Pattern matches the whole value, a JSON
   * Schema pattern any part of it, so the pattern is anchored (@NotBlank's "some character that is
   * not a space" means what it says unanchored); @Digits on a number becomes a pattern that no
   * number can match as text, so it goes (its bounds stay); the scanner's stand-in examples go; a
   * default the scanner wrote as text for a number or a truth value (@DefaultValue on an Integer or
   * a Boolean parameter) is written in its type.
   */
  private static void asValidated(Schema schema) {
    if (schema == null) {
      return;
    }
    String pattern = schema.getPattern();
    if (pattern != null && schema.getType() != Schema.SchemaType.STRING) {
      schema.setPattern(null);
    } else if (pattern != null && !pattern.equals(NOT_BLANK) && !pattern.startsWith("^")) {
      schema.setPattern("^(?:" + pattern + ")$");
    }
    if (schema.getExample() != null
        && STAND_IN_EXAMPLES.contains(String.valueOf(schema.getExample()))) {
      schema.setExample(null);
    }
    if (schema.getDefaultValue() instanceof String text) {
      schema.setDefaultValue(inItsType(schema.getType(), text));
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(ApiDescription::asValidated);
    }
    asValidated(schema.getItems());
  }

  private static Object inItsType(Schema.SchemaType type, String text) {
    if (type == Schema.SchemaType.INTEGER) {
      return Long.valueOf(text);
    }
    if (type == Schema.SchemaType.BOOLEAN) {
      return Boolean.valueOf(text);
    }
    return text;
  }
}
