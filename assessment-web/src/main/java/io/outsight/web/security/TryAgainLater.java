package io.outsight.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * A browser's request held back for a while, answered before any page could choose a language: in
 * plain text, in both languages, with the time to wait in {@code Retry-After}.
 */
public final class TryAgainLater {

  private TryAgainLater() {}

  public static void send(
      HttpServletResponse response, int status, Duration wait, String english, String finnish)
      throws IOException {
    response.setStatus(status);
    response.setHeader("Retry-After", String.valueOf(wait.toSeconds()));
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(english + "\n" + finnish + "\n");
  }
}
