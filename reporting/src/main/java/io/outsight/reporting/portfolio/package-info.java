/** Every contract's ledger rows for a range of months, streamed to the reader as they are read. */
package io.outsight.reporting.portfolio;
