package io.outsight.web.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A calculation to keep: its name (at most 200 characters), the readiness assessment it informs, if
 * any, and its inputs as {@code POST /cost-model} takes them.
 *
 * <p>A class with public fields for the reason {@link CostModelRequest} gives.
 */
public class ScenarioRequest {

  @NotNull public String name;

  public Long readinessAssessmentId;

  @NotNull @Valid public CostModelRequest inputs;

  /** The next revision of a scenario, with the scenario's version as read. */
  @Schema(name = "ScenarioRevisionRequest")
  public static class Revision extends ScenarioRequest {

    @NotNull public Long version;
  }
}
