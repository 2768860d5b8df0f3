/**
 * Vendor contracts paid by results: their term, notice and renewal, and the reporting schedule a
 * vendor keeps, by which late and missing reports are found.
 */
package io.outsight.core.contract;
