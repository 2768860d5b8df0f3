package io.outsight.extension.api;

/**
 * A parameter's value that the extension declaring it would not take: which parameter, and which of
 * its rules the value breaks ({@link Parameter.Problem}).
 */
public class InvalidParameter extends IllegalArgumentException {

  private final String key;
  private final Parameter.Problem problem;

  public InvalidParameter(String key, Parameter.Problem problem, String message) {
    super(message);
    this.key = key;
    this.problem = problem;
  }

  public String key() {
    return key;
  }

  public Parameter.Problem problem() {
    return problem;
  }
}
