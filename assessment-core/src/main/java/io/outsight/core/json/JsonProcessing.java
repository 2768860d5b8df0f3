package io.outsight.core.json;

import jakarta.json.spi.JsonProvider;

/**
 * JSON-P's provider, looked up once. {@code Json.createObjectBuilder()} and its siblings look the
 * provider up through the service loader on every call, which searches every jar of the
 * application: under load that was a sixth of the CPU a dashboard page took.
 */
public final class JsonProcessing {

  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonProcessing() {}
}
