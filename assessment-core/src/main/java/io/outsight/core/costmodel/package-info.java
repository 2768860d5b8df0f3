/**
 * The economics of the decision: an in-house sales team against an outsourced vendor, month by
 * month over a horizon, from the same pipeline assumptions, with break-even and sensitivity.
 */
package io.outsight.core.costmodel;
