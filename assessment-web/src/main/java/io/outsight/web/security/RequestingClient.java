package io.outsight.web.security;

import jakarta.faces.context.FacesContext;
import java.util.Objects;

/**
 * Which client asked for an export, as the register of exported files keeps it: the API or a page,
 * and the program or browser that sent the request (its User-Agent, as it says itself).
 */
public final class RequestingClient {

  private RequestingClient() {}

  /** A program calling the API. */
  public static String api(String userAgent) {
    return "API · " + Objects.requireNonNullElse(userAgent, "no User-Agent");
  }

  /** A person on one of the portal's pages, in the request Faces is answering. */
  public static String page() {
    String userAgent =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestHeaderMap()
            .get("User-Agent");
    return "page · " + Objects.requireNonNullElse(userAgent, "no User-Agent");
  }
}
