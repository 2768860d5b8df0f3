package io.outsight.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How large a request body the API reads, checked on its declared length before a byte of it is
 * read: JSON, which is read whole, up to {@code outsight.api.max-json-bytes} (4 MiB); a file, which
 * is streamed, up to {@code outsight.api.max-file-bytes} (1 GiB). A body without a declared length
 * is refused, as its size could only be learnt by reading it.
 */
@Provider
@PreMatching
public class BodyLimits implements ContainerRequestFilter {

  // read here rather than injected: JAX-RS, not CDI, makes its providers
  private final long maxJsonBytes =
      ConfigProvider.getConfig()
          .getOptionalValue("outsight.api.max-json-bytes", Long.class)
          .orElse(4L << 20);

  private final long maxFileBytes =
      ConfigProvider.getConfig()
          .getOptionalValue("outsight.api.max-file-bytes", Long.class)
          .orElse(1L << 30);

  @Override
  public void filter(ContainerRequestContext request) {
    if (!request.hasEntity()) {
      return;
    }
    Problems problems = Problems.in(request.getAcceptableLanguages());
    if (request.getLength() < 0) {
      request.abortWith(
          problems.of(
              Response.Status.LENGTH_REQUIRED,
              "length-required",
              problems.words(
                  "problem.length-required.detail", "Send the body with its Content-Length")));
      return;
    }
    boolean json = MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType());
    long limit = json ? maxJsonBytes : maxFileBytes;
    if (request.getLength() > limit) {
      request.abortWith(
          problems.of(
              Response.Status.REQUEST_ENTITY_TOO_LARGE,
              "body-too-large",
              problems.words(
                  "problem.body-too-large.detail",
                  "The body is larger than " + limit + " bytes",
                  limit)));
    }
  }
}
