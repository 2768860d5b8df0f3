package io.outsight.web.api;

import static io.outsight.core.json.JsonProcessing.JSON;

import io.outsight.core.rules.RuleViolation;
import io.outsight.registry.extension.ExtensionRegistry;
import io.outsight.registry.ledger.ResultsRejected;
import io.outsight.registry.rules.Refused;
import io.outsight.registry.vendor.VendorAlreadyRegisteredException;
import io.outsight.web.i18n.ProblemText;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * One mapper per kind of error, each answering {@code application/problem+json} in the caller's
 * language. Codes (type, rule, code) stay the same in every language, for clients to act on.
 */
final class ProblemMappers {

  private ProblemMappers() {}

  /** The request's headers, from which each problem takes its language. */
  abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {

    @Context private HttpHeaders headers;

    @Context HttpServletRequest request;

    @Override
    public Response toResponse(E error) {
      return toResponse(error, Problems.in(headers));
    }

    abstract Response toResponse(E error, Problems problems);
  }

  /**
   * A business rule refused: 404 for something that does not exist, 400 for what the request asks,
   * else 409 naming the rule.
   */
  @Provider
  public static class RuleRefused extends Mapper<Refused> {
    @Override
    Response toResponse(Refused refused, Problems problems) {
      return refusedBy(refused.rule(), refused.getMessage(), refused.details(), problems);
    }
  }

  /**
   * A rule of the domain the API itself met, e.g. an answer's evidence too long to keep, before
   * reaching a boundary.
   */
  @Provider
  public static class RuleBroken extends Mapper<RuleViolation> {
    @Override
    Response toResponse(RuleViolation broken, Problems problems) {
      return refusedBy(broken.rule(), broken.getMessage(), broken.details(), problems);
    }
  }

  /** Rules a request breaks by what it asks for, not by the state it meets. */
  private static final Set<String> BAD_REQUESTS =
      Set.of(
          "report.range",
          "crm.explanation.period",
          "crm.explanation.reason",
          "invoice.acceptance-note",
          "report.unknown-format",
          "report.format-disabled",
          "report.option-required",
          "report.option-too-precise",
          "report.option-below-minimum",
          "report.option-above-maximum",
          "report.option-unknown",
          "report.nothing-ended",
          "scenario.name-required",
          "scenario.readiness-unknown",
          "contract.scenario-unknown",
          "contract.scenario-currency",
          "contract.scenario-too-large",
          "contract.review-without-exit-plan",
          "text.too-long",
          "text.not-plain",
          "questionnaire.id",
          "questionnaire.question-key",
          "questionnaire.question-twice",
          "questionnaire.section",
          "questionnaire.section-twice",
          "questionnaire.weight",
          "questionnaire.anchors",
          "questionnaire.choices",
          "questionnaire.choice-twice",
          "questionnaire.credit",
          "questionnaire.flag-unfit",
          "questionnaire.flag-twice",
          "questionnaire.text-missing",
          "questionnaire.draft-version",
          "questionnaire.section-key",
          "questionnaire.choice-key",
          "questionnaire.flag-key");

  private static Response refusedBy(
      String rule, String message, List<String> details, Problems problems) {
    Response.Status status =
        rule.endsWith(".unknown")
            ? Response.Status.NOT_FOUND
            : BAD_REQUESTS.contains(rule)
                ? Response.Status.BAD_REQUEST
                // the fault is the server's, in an extension it runs, not the request's
                : rule.equals(ExtensionRegistry.FAILED)
                    ? Response.Status.INTERNAL_SERVER_ERROR
                    : Response.Status.CONFLICT;
    return problems.of(
        status,
        rule,
        problems.words("problem.rule", "Refused by rule " + rule, rule),
        problems.words("rule." + rule, message, details.toArray()),
        problem -> {
          JsonArrayBuilder detailed = JSON.createArrayBuilder();
          details.forEach(detailed::add);
          problem.add("rule", rule).add("details", detailed);
        });
  }

  /** A company registered a second time: 409, naming the vendor it is registered to. */
  @Provider
  public static class AlreadyRegistered extends Mapper<VendorAlreadyRegisteredException> {
    @Override
    Response toResponse(VendorAlreadyRegisteredException duplicate, Problems problems) {
      return problems.of(
          Response.Status.CONFLICT,
          "vendor-registered",
          problems.words("problem.vendor-registered", "Registered already"),
          problems.words(
              "vendors.register.duplicate",
              duplicate.getMessage(),
              duplicate.businessId(),
              duplicate.registeredName()),
          problem -> problem.add("businessId", duplicate.businessId()));
    }
  }

  /** Results refused whole: every problem with its line (or entry) and column (or field). */
  @Provider
  public static class ResultsRefused extends Mapper<ResultsRejected> {
    @Override
    Response toResponse(ResultsRejected rejected, Problems problems) {
      boolean again =
          rejected.problems().stream()
              .anyMatch(problem -> problem.code().equals("already-imported"));
      String type = again ? "already-imported" : "results-rejected";
      String first =
          ProblemText.of(rejected.problems().get(0), problems.language(), rejected.entries());
      return problems.of(
          again ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST,
          type,
          problems.words("problem." + type, type),
          rejected.problemCount() > 1
              ? problems.words("problem.andMore", first, first, rejected.problemCount() - 1)
              : first,
          problem ->
              problem
                  .add("problemCount", rejected.problemCount())
                  .add(
                      "problems",
                      LineProblems.of(
                          rejected.problems(), problems.language(), rejected.entries())));
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
    return problems.of(
        Response.Status.BAD_REQUEST,
        "invalid-fields",
        problems.words("problem.invalid-fields", "invalid-fields"),
        null,
        problem -> {
          JsonArrayBuilder errors = JSON.createArrayBuilder();
          invalid.getConstraintViolations().stream()
              .sorted(Comparator.comparing(ProblemMappers::field))
              .forEach(
                  violation ->
                      errors.add(
                          JSON.createObjectBuilder()
                              .add("field", field(violation))
                              .add("message", message(violation, problems.language()))));
          problem.add("errors", errors);
        });
  }

  /**
   * The violation's message in the caller's language: the violation carries it in the server's, as
   * the validation that found it knew no request. The template is interpolated with its
   * expressions, as when the violation was found: every template here is a constraint annotation's,
   * none is built from input.
   */
  private static String message(ConstraintViolation<?> violation, Locale language) {
    return ValidationMessages.INTERPOLATOR.interpolate(
        violation.getMessageTemplate(),
        new MessageInterpolator.Context() {
          @Override
          public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
          }

          @Override
          public Object getValidatedValue() {
            return violation.getInvalidValue();
          }

          @Override
          public <T> T unwrap(Class<T> type) {
            throw new ValidationException("a violation's message context is no " + type.getName());
          }
        },
        language);
  }

  /**
   * Bean Validation's own interpolator, made when first needed so that no other mapper waits on it.
   */
  private static final class ValidationMessages {
    static final MessageInterpolator INTERPOLATOR =
        Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
  }

  private static String field(ConstraintViolation<?> violation) {
    return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
        .reduce((first, second) -> second)
        .map(Path.Node::getName)
        .orElse("");
  }

  /** Input the domain refuses, e.g. an answer of the wrong type for its question. */
  @Provider
  public static class InvalidInput extends Mapper<IllegalArgumentException> {
    @Override
    Response toResponse(IllegalArgumentException invalid, Problems problems) {
      return invalidInput(invalid, problems);
    }
  }

  /** A query parameter's value that is not one the parameter takes ({@link QueryValues}). */
  @Provider
  public static class QueryValueRefused extends Mapper<QueryValues.Refused> {
    @Override
    Response toResponse(QueryValues.Refused refused, Problems problems) {
      String detail =
          problems.words(
              refused.constants() == null
                  ? "problem.unbindable.not-a-whole-number"
                  : "problem.unbindable.unknown-value",
              refused.getMessage(),
              refused.parameter(),
              refused.value(),
              refused.constants());
      return problems.of(
          Response.Status.BAD_REQUEST,
          "invalid-input",
          problems.words("problem.invalid-input", "invalid-input"),
          detail,
          problem -> problem.add("parameter", refused.parameter()));
    }
  }

  private static Response invalidInput(IllegalArgumentException invalid, Problems problems) {
    return problems.of(Response.Status.BAD_REQUEST, "invalid-input", invalid.getMessage());
  }

  /**
   * A boundary failed: the domain's refusal inside it is a bad request, anything else a server
   * error.
   */
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
      return unbindable(unreadable, problems, request);
    }
  }

  /** A body the JSON-B reader could not turn into the type expected; Jersey wraps its exception. */
  @Provider
  public static class UnreadableEntity extends Mapper<ProcessingException> {
    @Override
    Response toResponse(ProcessingException failed, Problems problems) {
      return unbindable(failed, problems, request);
    }
  }

  // What JSON-B (Yasson) says, read for the field and the fault, so that the answer names them in
  // the caller's words and never shows the server's class names. Malformed JSON and numbers out of
  // range never get here (JsonBodies).
  private static final Pattern PROPERTY = Pattern.compile("property '?([\\w$]+)'?");
  private static final Pattern UNKNOWN_CONSTANT =
      Pattern.compile("No enum constant ((?:[a-z]\\w*\\.)+[A-Z][\\w$]*)\\.(.*)", Pattern.DOTALL);
  private static final Pattern WRONG_KIND =
      Pattern.compile("Received event: (\\w+) Allowed: \\[([\\w, ]+)\\]");
  private static final Pattern NOT_A_DATE =
      Pattern.compile("Error parsing class java\\.time\\.\\w+ from value: (.*?)\\. Check");
  private static final Pattern CLASS_NAME =
      Pattern.compile("(?:class )?(?:[a-z]\\w*\\.)+[A-Z][\\w$]*");

  /**
   * What did not fit, as a message key of problem.unbindable and its values, the first the value
   * refused.
   */
  private record Fault(String code, String... values) {}

  /**
   * The field is the one the refused value was sent in, as the body was read ({@link JsonBodies}),
   * else the innermost property JSON-B names.
   */
  private static Response unbindable(
      Throwable error, Problems problems, HttpServletRequest request) {
    String field = null;
    Fault fault = null;
    String last = "";
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      String message = Objects.toString(cause.getMessage(), "");
      last = message.isEmpty() ? last : message;
      Matcher property = PROPERTY.matcher(message);
      if (property.find()) {
        field = property.group(1);
      }
      fault = fault != null ? fault : fault(message, problems);
    }
    if (fault != null) {
      field = JsonBodies.fieldOf(request, fault.values()[0]).orElse(field);
    }
    String where = field != null ? field : problems.words("problem.unbindable.body", "the body");
    Fault found =
        fault != null ? fault : new Fault("other", CLASS_NAME.matcher(last).replaceAll("").strip());
    Object[] arguments = new Object[found.values().length + 1];
    arguments[0] = where;
    System.arraycopy(found.values(), 0, arguments, 1, found.values().length);
    String detail =
        problems.words(
            "problem.unbindable." + found.code(),
            where + ": " + String.join(", ", found.values()),
            arguments);
    String named = field;
    return problems.of(
        Response.Status.BAD_REQUEST,
        "unreadable-body",
        problems.words("problem.unreadable-body", "unreadable-body"),
        detail,
        problem -> {
          if (named != null) {
            problem.add("field", named);
          }
        });
  }

  private static Fault fault(String message, Problems problems) {
    Matcher constant = UNKNOWN_CONSTANT.matcher(message);
    if (constant.find()) {
      return new Fault("unknown-value", constant.group(2), constants(constant.group(1)));
    }
    Matcher kind = WRONG_KIND.matcher(message);
    if (kind.find()) {
      return new Fault(
          "wrong-kind", kinds(kind.group(2), problems), kinds(kind.group(1), problems));
    }
    Matcher date = NOT_A_DATE.matcher(message);
    return date.find() ? new Fault("not-a-date", date.group(1)) : null;
  }

  /** The constants of an enum, by its class name, as a client would send them. */
  private static String constants(String enumClass) {
    try {
      Object[] constants =
          Class.forName(enumClass, false, ProblemMappers.class.getClassLoader()).getEnumConstants();
      return constants == null
          ? ""
          : Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "));
    } catch (ClassNotFoundException unknown) {
      return "";
    }
  }

  /** JSON-P's event names as kinds of JSON value: START_ARRAY is an array. */
  private static String kinds(String events, Problems problems) {
    return Arrays.stream(events.split(",\\s*"))
        .map(event -> problems.words("problem.json." + event.strip(), event.strip()))
        .distinct()
        .collect(Collectors.joining(" / "));
  }

  /** Any other failure in the API: a problem, never the portal's HTML error page. */
  @Provider
  public static class Unexpected extends Mapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    Response toResponse(RuntimeException failed, Problems problems) {
      LOG.log(Level.SEVERE, "An API request failed", failed);
      return problems.of(Response.Status.INTERNAL_SERVER_ERROR, "server-error", null);
    }
  }

  /**
   * HTTP errors raised by JAX-RS itself: unknown path, wrong method, unsupported media type, and a
   * role the resource does not allow, which is the same problem as the one the registry's beans
   * refuse.
   */
  @Provider
  public static class HttpError extends Mapper<WebApplicationException> {
    @Override
    Response toResponse(WebApplicationException error, Problems problems) {
      Response.Status status = Response.Status.fromStatusCode(error.getResponse().getStatus());
      Response.Status shown = status == null ? Response.Status.BAD_REQUEST : status;
      if (shown == Response.Status.FORBIDDEN) {
        return problems.of(shown, "forbidden", null);
      }
      if (error.getCause() instanceof NoContentException) {
        return problems.of(
            shown, "empty-body", problems.words("problem.empty-body.detail", "The body is empty"));
      }
      Response problem =
          problems.of(shown, "http-" + shown.getStatusCode(), detail(error, shown, problems));
      String allowed = error.getResponse().getHeaderString(HttpHeaders.ALLOW);
      // a 405 names the methods the address takes in Allow too (RFC 9110), for programs
      return allowed == null
          ? problem
          : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allowed).build();
    }

    /** What the caller can do about it, where the request says: the methods or the body's type. */
    private String detail(
        WebApplicationException error, Response.Status status, Problems problems) {
      if (status == Response.Status.METHOD_NOT_ALLOWED
          && !error.getResponse().getAllowedMethods().isEmpty()) {
        return problems.words(
            "problem.http-405.detail",
            error.getMessage(),
            String.join(", ", new TreeSet<>(error.getResponse().getAllowedMethods())),
            request.getMethod());
      }
      if (status == Response.Status.UNSUPPORTED_MEDIA_TYPE) {
        return request.getContentType() == null
            ? problems.words("problem.http-415.untyped.detail", error.getMessage())
            : problems.words(
                "problem.http-415.detail", error.getMessage(), request.getContentType());
      }
      return error.getMessage();
    }
  }
}
