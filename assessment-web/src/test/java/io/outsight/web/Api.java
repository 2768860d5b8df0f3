package io.outsight.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;

/**
 * A program calling the REST API as one of the demo users, with HTTP Basic, or with bearer tokens.
 */
final class Api {

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;
  private final String language;

  /** The Authorization header for a user. */
  private final Function<String, String> authorization;

  Api(String base) {
    this(base + "api/v1/", "en", basic("outsight-demo"));
  }

  private Api(String base, String language, Function<String, String> authorization) {
    this.base = base;
    this.language = language;
    this.authorization = authorization;
  }

  /** A program that signs in with HTTP Basic and this password, whichever user it names. */
  static Api withPassword(String base, String password) {
    return new Api(base + "api/v1/", "en", basic(password));
  }

  private static Function<String, String> basic(String password) {
    return user ->
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A program that signs in with the access token {@code tokenOf} gives for each user it names. */
  static Api withTokens(String base, Function<String, String> tokenOf) {
    return new Api(base + "api/v1/", "en", user -> "Bearer " + tokenOf.apply(user));
  }

  /** The same program, asking for answers in another language. */
  Api in(String language) {
    return new Api(base, language, authorization);
  }

  HttpResponse<String> call(String method, String path, String user, String json) throws Exception {
    return call(method, path, user, json, "application/json");
  }

  HttpResponse<String> call(
      String method, String path, String user, String body, String contentType) throws Exception {
    return call(method, path, user, body, contentType, Map.of());
  }

  HttpResponse<String> call(
      String method,
      String path,
      String user,
      String body,
      String contentType,
      Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Accept", "application/json");
    headers.forEach(request::header);
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    if (user != null) {
      signedIn(request, user);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A GET answered with bytes, asking for {@code accept}. */
  HttpResponse<byte[]> download(String path, String user, String accept) throws Exception {
    return client.send(
        signedIn(
                HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept", accept),
                user)
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A POST of bytes as they are. */
  HttpResponse<String> upload(String path, String user, byte[] body) throws Exception {
    return client.send(
        signedIn(
                HttpRequest.newBuilder(URI.create(base + path))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Content-Type", "application/octet-stream")
                    .header("Accept", "application/json"),
                user)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder signedIn(HttpRequest.Builder request, String user) {
    return request
        .header("Accept-Language", language)
        .header("Authorization", authorization.apply(user));
  }

  /**
   * A favourable answer to every question of a questionnaire as the API reads it: 4 on a scale, the
   * favourable yes or no, the first choice, anything else not applicable.
   */
  static String favourableAnswers(JsonObject template) {
    StringBuilder answers = new StringBuilder();
    for (JsonObject section : template.getJsonArray("sections").getValuesAs(JsonObject.class)) {
      for (JsonObject question : section.getJsonArray("questions").getValuesAs(JsonObject.class)) {
        String answer =
            switch (question.getString("type")) {
              case "SCALE_0_TO_5" -> "\"SCALE\",\"value\":\"4\"";
              case "YES_NO" ->
                  "\"YES_NO\",\"value\":\"" + question.getBoolean("yesIsFavourable") + "\"";
              case "SINGLE_CHOICE", "MULTIPLE_CHOICE" ->
                  "\"CHOSEN\",\"value\":\""
                      + question.getJsonArray("choices").getJsonObject(0).getString("key")
                      + "\"";
              default -> "\"NOT_APPLICABLE\"";
            };
        answers
            .append(answers.isEmpty() ? "" : ",")
            .append("{\"question\":\"")
            .append(question.getString("key"))
            .append("\",\"kind\":")
            .append(answer)
            .append("}");
      }
    }
    return answers.toString();
  }

  static JsonObject object(HttpResponse<String> response) {
    return (JsonObject) read(response.body());
  }

  static JsonStructure read(String json) {
    return Json.createReader(new StringReader(json)).read();
  }
}
