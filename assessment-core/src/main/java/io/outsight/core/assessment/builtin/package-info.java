/**
 * The templates Outsight ships: vendor due diligence on six questions, and the readiness
 * assessment.
 */
package io.outsight.core.assessment.builtin;
