package io.outsight.web.faces;

import io.outsight.web.security.TryAgainLater;
import jakarta.faces.application.ResourceHandler;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Lets as many pages be worked on at once as the instance has turns ({@link PageTurns}: twice the
 * processors unless configured) and has the others wait their turn, first come first served. Pages
 * are work for the processors alone: fifty of them worked on at once on two cores take turns in
 * slices and each waits for the others, so the slowest pages wait longest and everyone waits
 * longer, as each switch costs the processors' caches their contents. Waiting in line instead,
 * every page waits about as long as the next (docs/benchmarks.md, issue 19). Files the pages send
 * or receive travel at their client's pace without holding a turn: uploads are not held, and a
 * download gives its turn back before it is written ({@link #leave}). A page that waits longer than
 * a minute is answered 503 with a time to try again.
 */
@WebFilter(servletNames = "Faces Servlet")
public class PageAdmission extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(PageAdmission.class.getName());

  private static final String TURN = PageAdmission.class.getName() + ".turn";

  @Inject private PageTurns turns;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String contentType = request.getContentType();
    if (request.getServletPath().startsWith(ResourceHandler.RESOURCE_IDENTIFIER)
        || contentType != null && contentType.startsWith("multipart/")) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Turns.Turn> turn = waitForTurn();
    if (turn.isEmpty()) {
      LOG.warning(
          () -> "A page waited " + PageTurns.LONGEST_WAIT + " for its turn and was answered 503");
      TryAgainLater.send(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          Duration.ofSeconds(5),
          "The portal is busy: try again in a moment.",
          "Portaali on kiireinen: yritä hetken kuluttua uudelleen.");
      return;
    }
    request.setAttribute(TURN, turn.get());
    try (Turns.Turn held = turn.get()) {
      chain.doFilter(request, response);
    }
  }

  /** Gives the page's turn back before it sends a file, which travels at its client's pace. */
  static void leave(ServletRequest request) {
    if (request.getAttribute(TURN) instanceof Turns.Turn turn) {
      turn.close();
    }
  }

  private Optional<Turns.Turn> waitForTurn() {
    try {
      return turns.take();
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
