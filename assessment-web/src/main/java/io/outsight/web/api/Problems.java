package io.outsight.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.function.Consumer;

/** RFC 9457 problem details, the one shape every API error has. */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  static Response of(Response.Status status, String type, String title, String detail) {
    return of(status, type, title, detail, problem -> { });
  }

  /** A problem with members of its own, e.g. the rule that refused or the fields at fault. */
  static Response of(Response.Status status, String type, String title, String detail, Consumer<JsonObjectBuilder> members) {
    JsonObjectBuilder problem = Json.createObjectBuilder()
        .add("type", "urn:outsight:problem:" + type)
        .add("title", title)
        .add("status", status.getStatusCode());
    if (detail != null) {
      problem.add("detail", detail);
    }
    members.accept(problem);
    return Response.status(status).type(MEDIA_TYPE).entity(problem.build().toString()).build();
  }
}
