package io.outsight.web.api;

import io.outsight.registry.ledger.ResultsRejected;
import io.outsight.registry.rules.Refused;
import io.outsight.web.i18n.ProblemText;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;

/** One mapper per kind of error, each answering {@code application/problem+json}. */
final class ProblemMappers {

  private ProblemMappers() {}

  /** A business rule refused: 404 for something that does not exist, else 409 naming the rule. */
  @Provider
  public static class RuleRefused implements ExceptionMapper<Refused> {

    /** Rules a request breaks by what it asks for, not by the state it meets. */
    private static final Set<String> BAD_REQUESTS = Set.of("report.range", "report.unknown-format");

    @Override
    public Response toResponse(Refused refused) {
      Response.Status status = refused.rule().endsWith(".unknown") ? Response.Status.NOT_FOUND
          : BAD_REQUESTS.contains(refused.rule()) ? Response.Status.BAD_REQUEST : Response.Status.CONFLICT;
      return Problems.of(status, refused.rule(), "Refused by rule " + refused.rule(), refused.getMessage(), problem -> {
        JsonArrayBuilder details = Json.createArrayBuilder();
        refused.details().forEach(details::add);
        problem.add("rule", refused.rule()).add("details", details);
      });
    }
  }

  /** The caller's role may not do this: auditors read but never change. */
  /** Results refused whole: every problem with its line (or entry) and column (or field). */
  @Provider
  public static class ResultsRefused implements ExceptionMapper<ResultsRejected> {
    @Override
    public Response toResponse(ResultsRejected rejected) {
      boolean again = rejected.problems().stream().anyMatch(problem -> problem.code().equals("already-imported"));
      return Problems.of(again ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST, again ? "already-imported" : "results-rejected",
          again ? "The same file was imported before" : "The results were rejected; nothing was stored",
          ProblemText.of(rejected.problems().get(0), Locale.ENGLISH, rejected.entries())
              + (rejected.problemCount() > 1 ? " (and " + (rejected.problemCount() - 1) + " more)" : ""), problem -> {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            rejected.problems().forEach(found -> {
              JsonArrayBuilder arguments = Json.createArrayBuilder();
              found.arguments().forEach(arguments::add);
              problems.add(Json.createObjectBuilder().add("line", found.line()).add("column", found.column())
                  .add("columnName", found.columnName()).add("code", found.code()).add("arguments", arguments)
                  .add("detail", ProblemText.of(found, Locale.ENGLISH, rejected.entries())));
            });
            problem.add("problemCount", rejected.problemCount()).add("problems", problems);
          });
    }
  }

  @Provider
  public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException denied) {
      return Problems.of(Response.Status.FORBIDDEN, "forbidden", "Your role may not do this", null);
    }
  }

  /** Fields that break their constraints, each named. */
  @Provider
  public static class InvalidFields implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException invalid) {
      return Problems.of(Response.Status.BAD_REQUEST, "invalid-fields", "Some fields are not valid", null, problem -> {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        invalid.getConstraintViolations().stream()
            .sorted(Comparator.comparing(InvalidFields::field))
            .forEach(violation -> errors.add(Json.createObjectBuilder()
                .add("field", field(violation)).add("message", violation.getMessage())));
        problem.add("errors", errors);
      });
    }

    private static String field(ConstraintViolation<?> violation) {
      return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
          .reduce((first, second) -> second).map(Path.Node::getName).orElse("");
    }
  }

  /** Input the domain refuses, e.g. an answer of the wrong type for its question. */
  @Provider
  public static class InvalidInput implements ExceptionMapper<IllegalArgumentException> {
    @Override
    public Response toResponse(IllegalArgumentException invalid) {
      return Problems.of(Response.Status.BAD_REQUEST, "invalid-input", "The request is not valid", invalid.getMessage());
    }
  }

  /** A boundary failed: the domain's refusal inside it is a bad request, anything else a server error. */
  @Provider
  public static class BoundaryFailed implements ExceptionMapper<EJBException> {
    @Override
    public Response toResponse(EJBException failed) {
      for (Throwable cause = failed.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof IllegalArgumentException invalid) {
          return new InvalidInput().toResponse(invalid);
        }
        if (cause instanceof ConstraintViolationException invalid) {
          return new InvalidFields().toResponse(invalid);
        }
      }
      return Problems.of(Response.Status.INTERNAL_SERVER_ERROR, "server-error", "The request could not be completed", null);
    }
  }

  /** A body that is not the JSON the operation reads. */
  @Provider
  public static class UnreadableBody implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException unreadable) {
      return Problems.of(Response.Status.BAD_REQUEST, "unreadable-body", "The body is not the JSON expected", unreadable.getMessage());
    }
  }

  /** A body the JSON-B reader could not turn into the type expected; Jersey wraps its exception. */
  @Provider
  public static class UnreadableEntity implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException failed) {
      for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
        if (cause instanceof JsonbException unreadable) {
          return new UnreadableBody().toResponse(unreadable);
        }
      }
      return Problems.of(Response.Status.BAD_REQUEST, "unreadable-body", "The body could not be read", failed.getMessage());
    }
  }

  /** HTTP errors raised by JAX-RS itself: unknown path, wrong method, unsupported media type. */
  @Provider
  public static class HttpError implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException error) {
      Response.Status status = Response.Status.fromStatusCode(error.getResponse().getStatus());
      Response.Status shown = status == null ? Response.Status.BAD_REQUEST : status;
      return Problems.of(shown, "http-" + shown.getStatusCode(), shown.getReasonPhrase(), error.getMessage());
    }
  }
}
