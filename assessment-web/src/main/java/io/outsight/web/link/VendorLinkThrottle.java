package io.outsight.web.link;

import io.outsight.core.access.SignInThrottle;
import io.outsight.web.security.TryAgainLater;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds back an address that asks for vendor link pages more often than {@code
 * outsight.vendor-links.requests-per-minute} (60) in a minute: a vendor uploading its file needs a
 * handful, while guessing tokens needs billions. The count is the sign-in throttle's sliding
 * window, kept per instance.
 */
@WebFilter("/vendor/*")
public class VendorLinkThrottle extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(VendorLinkThrottle.class.getName());

  @Inject
  @ConfigProperty(name = "outsight.vendor-links.requests-per-minute", defaultValue = "60")
  int perMinute;

  private transient SignInThrottle requests;

  @Override
  public void init() {
    requests = new SignInThrottle(perMinute, Duration.ofMinutes(1), Clock.systemUTC());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String address = request.getRemoteAddr();
    if (requests.refuses(address)) {
      LOG.warning(() -> "Vendor link pages held back for " + address + ": too many requests");
      TryAgainLater.send(
          response,
          429,
          Duration.ofMinutes(1),
          "Too many requests from your address: wait a minute and try again.",
          "Liian monta pyyntöä osoitteestasi: odota hetki ja yritä uudelleen.");
      return;
    }
    // the throttle counts events in its window: here every request, not only failures
    requests.failed(address);
    chain.doFilter(request, response);
  }
}
