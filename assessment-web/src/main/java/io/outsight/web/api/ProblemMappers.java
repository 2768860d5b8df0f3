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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * One mapper per kind of error, each answering {@code application/problem+json} in the caller's
 * language. Codes (type, rule, code) stay the same in every language, for clients to act on.
 */
final class ProblemMappers {

  private ProblemMappers() {}

  /** The request's headers, from which each problem takes its language. */
  abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(E error) {
      return toResponse(error, Problems.in(headers));
    }

    abstract Response toResponse(E error, Problems problems);
  }

  /** A business rule refused: 404 for something that does not exist, else 409 naming the rule. */
  @Provider
  public static class RuleRefused extends Mapper<Refused> {

    /** Rules a request breaks by what it asks for, not by the state it meets. */
    private static final Set<String> BAD_REQUESTS = Set.of("report.range", "report.unknown-format", "report.nothing-ended");

    @Override
    Response toResponse(Refused refused, Problems problems) {
      Response.Status status = refused.rule().endsWith(".unknown") ? Response.Status.NOT_FOUND
          : BAD_REQUESTS.contains(refused.rule()) ? Response.Status.BAD_REQUEST : Response.Status.CONFLICT;
      return problems.of(status, refused.rule(), problems.words("problem.rule", "Refused by rule " + refused.rule(), refused.rule()),
          problems.words("rule." + refused.rule(), refused.getMessage(), refused.details().toArray()), problem -> {
            JsonArrayBuilder details = Json.createArrayBuilder();
            refused.details().forEach(details::add);
            problem.add("rule", refused.rule()).add("details", details);
          });
    }
  }

  /** Results refused whole: every problem with its line (or entry) and column (or field). */
  @Provider
  public static class ResultsRefused extends Mapper<ResultsRejected> {
    @Override
    Response toResponse(ResultsRejected rejected, Problems problems) {
      boolean again = rejected.problems().stream().anyMatch(problem -> problem.code().equals("already-imported"));
      String type = again ? "already-imported" : "results-rejected";
      String first = ProblemText.of(rejected.problems().get(0), problems.language(), rejected.entries());
      return problems.of(again ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST, type, problems.words("problem." + type, type),
          rejected.problemCount() > 1 ? problems.words("problem.andMore", first, first, rejected.problemCount() - 1) : first, problem -> {
            JsonArrayBuilder found = Json.createArrayBuilder();
            rejected.problems().forEach(each -> {
              JsonArrayBuilder arguments = Json.createArrayBuilder();
              each.arguments().forEach(arguments::add);
              found.add(Json.createObjectBuilder().add("line", each.line()).add("column", each.column())
                  .add("columnName", each.columnName()).add("code", each.code()).add("arguments", arguments)
                  .add("detail", ProblemText.of(each, problems.language(), rejected.entries())));
            });
            problem.add("problemCount", rejected.problemCount()).add("problems", found);
          });
    }
  }

  /** The caller's role may not do this: auditors read but never change. */
  @Provider
  public static class AccessDenied extends Mapper<EJBAccessException> {
    @Override
    Response toResponse(EJBAccessException denied, Problems problems) {
      return problems.of(Response.Status.FORBIDDEN, "forbidden", null);
    }
  }

  /** Fields that break their constraints, each named. */
  @Provider
  public static class InvalidFields extends Mapper<ConstraintViolationException> {
    @Override
    Response toResponse(ConstraintViolationException invalid, Problems problems) {
      return invalidFields(invalid, problems);
    }
  }

  private static Response invalidFields(ConstraintViolationException invalid, Problems problems) {
    return problems.of(Response.Status.BAD_REQUEST, "invalid-fields", problems.words("problem.invalid-fields", "invalid-fields"), null,
        problem -> {
          JsonArrayBuilder errors = Json.createArrayBuilder();
          invalid.getConstraintViolations().stream()
              .sorted(Comparator.comparing(ProblemMappers::field))
              .forEach(violation -> errors.add(Json.createObjectBuilder()
                  .add("field", field(violation)).add("message", violation.getMessage())));
          problem.add("errors", errors);
        });
  }

  private static String field(ConstraintViolation<?> violation) {
    return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
        .reduce((first, second) -> second).map(Path.Node::getName).orElse("");
  }

  /** Input the domain refuses, e.g. an answer of the wrong type for its question. */
  @Provider
  public static class InvalidInput extends Mapper<IllegalArgumentException> {
    @Override
    Response toResponse(IllegalArgumentException invalid, Problems problems) {
      return invalidInput(invalid, problems);
    }
  }

  private static Response invalidInput(IllegalArgumentException invalid, Problems problems) {
    return problems.of(Response.Status.BAD_REQUEST, "invalid-input", invalid.getMessage());
  }

  /** A boundary failed: the domain's refusal inside it is a bad request, anything else a server error. */
  @Provider
  public static class BoundaryFailed extends Mapper<EJBException> {
    @Override
    Response toResponse(EJBException failed, Problems problems) {
      for (Throwable cause = failed.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof IllegalArgumentException invalid) {
          return invalidInput(invalid, problems);
        }
        if (cause instanceof ConstraintViolationException invalid) {
          return invalidFields(invalid, problems);
        }
      }
      return problems.of(Response.Status.INTERNAL_SERVER_ERROR, "server-error", null);
    }
  }

  /** A body that is not the JSON the operation reads. */
  @Provider
  public static class UnreadableBody extends Mapper<JsonbException> {
    @Override
    Response toResponse(JsonbException unreadable, Problems problems) {
      return problems.of(Response.Status.BAD_REQUEST, "unreadable-body", unreadable.getMessage());
    }
  }

  /** A body the JSON-B reader could not turn into the type expected; Jersey wraps its exception. */
  @Provider
  public static class UnreadableEntity extends Mapper<ProcessingException> {
    @Override
    Response toResponse(ProcessingException failed, Problems problems) {
      Throwable cause = failed;
      while (cause.getCause() != null && !(cause instanceof JsonbException)) {
        cause = cause.getCause();
      }
      return problems.of(Response.Status.BAD_REQUEST, "unreadable-body", cause.getMessage());
    }
  }

  /** HTTP errors raised by JAX-RS itself: unknown path, wrong method, unsupported media type. */
  @Provider
  public static class HttpError extends Mapper<WebApplicationException> {
    @Override
    Response toResponse(WebApplicationException error, Problems problems) {
      Response.Status status = Response.Status.fromStatusCode(error.getResponse().getStatus());
      Response.Status shown = status == null ? Response.Status.BAD_REQUEST : status;
      return problems.of(shown, "http-" + shown.getStatusCode(), error.getMessage());
    }
  }
}
