/**
 * CSV as auditors open it in a spreadsheet: RFC 4180, UTF-8, and no cell a spreadsheet would run.
 */
package io.outsight.reporting.csv;
