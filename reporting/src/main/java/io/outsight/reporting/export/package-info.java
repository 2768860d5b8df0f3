/**
 * The built-in report formats at the {@code ReportExporter} extension point: CSV, XLSX, PDF and
 * JSON, each file carrying its own metadata.
 */
package io.outsight.reporting.export;
