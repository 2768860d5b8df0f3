/**
 * Assessments as use cases: publishing template versions, vendor due diligence from draft to a
 * four-eyes decision that moves the vendor through its lifecycle, and readiness assessments that
 * are saved, revised and compared.
 */
package io.outsight.registry.assessment;
