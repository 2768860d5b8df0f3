package io.outsight.core.vendor;

/** A business ID that does not have the format its country requires. */
public class InvalidBusinessIdException extends IllegalArgumentException {

  private final BusinessIdProblem problem;

  public InvalidBusinessIdException(BusinessIdProblem problem, String country, String raw) {
    super("Business ID '" + raw + "' is not valid for country " + country + ": " + problem);
    this.problem = problem;
  }

  public BusinessIdProblem problem() {
    return problem;
  }
}
