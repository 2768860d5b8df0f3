/**
 * Settling a contract's periods in order, four eyes apart from whoever last changed the period's
 * values, and the vendor's invoices checked against what was settled.
 */
package io.outsight.reporting.settlement;
