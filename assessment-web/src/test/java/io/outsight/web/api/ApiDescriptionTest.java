package io.outsight.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's description as the build wrote it (target/classes/META-INF/openapi.yaml), held to what
 * integration teams feed it to: a validator and a client generator (docs/api.md).
 */
class ApiDescriptionTest {

  private static final Path BUILT = Path.of("target/classes/META-INF/openapi.yaml");
  private static final Path COMMITTED = Path.of("../docs/openapi.yaml");

  private static String text;
  private static SwaggerParseResult parsed;
  private static OpenAPI description;

  @BeforeAll
  static void read() throws IOException {
    text = Files.readString(BUILT);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    parsed = new OpenAPIV3Parser().readContents(text, null, options);
    description = parsed.getOpenAPI();
  }

  @Test
  void isTheCommittedContract() throws IOException {
    assertThat(text)
        .as(
            "The API's description changed. Review the difference, and if it is meant, copy %s to"
                + " docs/openapi.yaml (docs/api.md says which changes break clients)",
            "assessment-web/" + BUILT)
        .isEqualTo(Files.readString(COMMITTED));
  }

  @Test
  void isValidOpenApi() {
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(description.getOpenapi()).startsWith("3.0.");
    assertThat(description.getInfo().getLicense()).isNotNull();
    assertThat(description.getInfo().getContact()).isNotNull();
  }

  @Test
  void namesEachOperationOnceForItsUseCase() {
    List<String> ids = operations().stream().map(Operation::getOperationId).toList();
    assertThat(ids).doesNotContainNull().doesNotHaveDuplicates().hasSizeGreaterThan(50);
    assertThat(ids).allMatch(id -> id.matches("[a-z]+[A-Z][A-Za-z]+"), "a verb and its object");
  }

  @Test
  void describesEveryTagOnce() {
    List<String> declared = description.getTags().stream().map(Tag::getName).toList();
    assertThat(declared).doesNotHaveDuplicates();
    assertThat(description.getTags()).allMatch(tag -> tag.getDescription() != null);
    assertThat(operations().stream().flatMap(operation -> operation.getTags().stream()))
        .allMatch(declared::contains);
  }

  @Test
  void answersSuccessAndEveryErrorAsProblemDetails() {
    for (Operation operation : operations()) {
      Map<String, ApiResponse> responses = operation.getResponses();
      assertThat(responses.keySet())
          .as(operation.getOperationId())
          .anyMatch(code -> code.startsWith("2"))
          .contains("401", "403");
      responses.entrySet().stream()
          .filter(each -> each.getKey().startsWith("4") || each.getKey().startsWith("5"))
          .forEach(
              error ->
                  assertThat(error.getValue().getContent())
                      .as(operation.getOperationId() + " " + error.getKey())
                      .containsOnlyKeys(Problems.MEDIA_TYPE)
                      .allSatisfy(
                          (type, body) ->
                              assertThat(body.getSchema().get$ref())
                                  .isEqualTo("#/components/schemas/Problem")));
    }
  }

  @Test
  void answersEveryErrorItsDescriptionNames() {
    Pattern status = Pattern.compile("\\b(4\\d\\d)\\b");
    List<String> undeclared = new ArrayList<>();
    for (Operation operation : operations()) {
      Matcher named = status.matcher(Objects.toString(operation.getDescription(), ""));
      while (named.find()) {
        if (!operation.getResponses().containsKey(named.group(1))) {
          undeclared.add(operation.getOperationId() + " " + named.group(1));
        }
      }
    }
    assertThat(undeclared).isEmpty();
  }

  @Test
  void givesEveryJsonBodyANamedSchema() {
    for (Operation operation : operations()) {
      if (operation.getRequestBody() != null) {
        assertNamed(
            operation.getOperationId() + " request", operation.getRequestBody().getContent());
      }
      operation.getResponses().entrySet().stream()
          .filter(each -> each.getKey().startsWith("2"))
          .forEach(
              success ->
                  assertNamed(
                      operation.getOperationId() + " " + success.getKey(),
                      success.getValue().getContent()));
    }
  }

  @Test
  void describesEverySchemaAndEachOfItsFields() {
    List<String> undescribed = new ArrayList<>();
    for (Map.Entry<String, Schema> named : description.getComponents().getSchemas().entrySet()) {
      if (isBlank(named.getValue().getDescription())) {
        undescribed.add(named.getKey());
      }
      fieldsOf(named.getKey(), named.getValue(), undescribed);
    }
    assertThat(undescribed)
        .as(
            "schemas and fields without a description or example in"
                + " src/main/resources/META-INF/openapi.yaml")
        .isEmpty();
  }

  /** Each field of an object, and of the objects and lists of objects written in it, described. */
  private static void fieldsOf(String where, Schema<?> schema, List<String> undescribed) {
    if (schema.getItems() != null) {
      fieldsOf(where + "[]", schema.getItems(), undescribed);
    }
    Map<String, Schema> fields = schema.getProperties() == null ? Map.of() : schema.getProperties();
    for (Map.Entry<String, Schema> field : fields.entrySet()) {
      Schema<?> property = field.getValue();
      String name = where + "." + field.getKey();
      // a field of a named schema's type is described by that schema
      if (property.get$ref() != null) {
        continue;
      }
      if (isBlank(property.getDescription())) {
        undescribed.add(name);
      }
      if (property.getType() == null && property.getAllOf() == null) {
        undescribed.add(name + " (no type: not a field the code has?)");
      }
      if (property.getExample() == null && wantsExample(property)) {
        undescribed.add(name + " (no example)");
      }
      fieldsOf(name, property, undescribed);
    }
  }

  /**
   * A value a client developer writes or reads: not an object or a list of named schemas, which
   * show their own, nor an enumeration or a date, whose values and format say it.
   */
  private static boolean wantsExample(Schema<?> property) {
    boolean listOfNamed =
        "array".equals(property.getType())
            && property.getItems() != null
            && property.getItems().get$ref() != null;
    boolean object = "object".equals(property.getType()) && property.getProperties() != null;
    boolean date = "date".equals(property.getFormat()) || "date-time".equals(property.getFormat());
    return !listOfNamed && !object && !date && property.getEnum() == null;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static void assertNamed(String what, Content content) {
    if (content == null) {
      return;
    }
    content.entrySet().stream()
        .filter(each -> each.getKey().endsWith("json"))
        .forEach(
            json -> {
              Schema<?> schema = json.getValue().getSchema();
              Schema<?> named = "array".equals(schema.getType()) ? schema.getItems() : schema;
              // a file's bytes, as the portal wrote them, are no object to name
              if (!"string".equals(named.getType())) {
                assertThat(named.get$ref()).as(what).startsWith("#/components/schemas/");
              }
            });
  }

  private static List<Operation> operations() {
    return description.getPaths().values().stream()
        .flatMap(item -> item.readOperations().stream())
        .collect(Collectors.toList());
  }
}
