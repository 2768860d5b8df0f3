package io.outsight.web.api;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Finishes the API's description as the build writes it from the resources (docs/api.md): the
 * answers every operation can give (the success its Java return type describes, signing in, a role
 * that may not, a server error), every error as problem details, each tag once with its
 * description, and everything in a stable order, so that the committed copy (docs/openapi.yaml)
 * differs only where the API does. The build runs it (the SmallRye OpenAPI plugin); the portal
 * serves its result.
 */
public class ApiDescription implements OASFilter {

  private static final String PROBLEM = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI description) {
    description.setTags(describedOnce(description.getTags()));
    description.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .forEach(operation -> answer(operation.getResponses()));
    description.getPaths().setPathItems(new TreeMap<>(description.getPaths().getPathItems()));
    description.getComponents().setSchemas(new TreeMap<>(description.getComponents().getSchemas()));
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
   * declares no answer), signing in and roles, which every operation checks, a failure, and problem
   * details as the body of every error.
   */
  private static void answer(APIResponses responses) {
    APIResponse success = responses.getAPIResponse(APIResponses.DEFAULT);
    if (success != null
        && responses.getAPIResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
      responses.removeAPIResponse(APIResponses.DEFAULT);
      responses.addAPIResponse("200", success.description("OK"));
    }
    responses.addAPIResponse(
        "401", error("Not signed in: send a user's credentials (HTTP Basic) or an access token"));
    responses.addAPIResponse("403", error("The caller's roles may not do this"));
    responses.addAPIResponse("500", error("The portal failed; its log has the cause"));
    responses.getAPIResponses().entrySet().stream()
        .filter(each -> each.getKey().startsWith("4") || each.getKey().startsWith("5"))
        .map(Map.Entry::getValue)
        .filter(each -> each.getContent() == null || each.getContent().getMediaTypes().isEmpty())
        .forEach(each -> each.setContent(problem()));
    responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
  }

  private static APIResponse error(String description) {
    return OASFactory.createAPIResponse().description(description).content(problem());
  }

  private static Content problem() {
    MediaType body = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
    return OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, body);
  }
}
