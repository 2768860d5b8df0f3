/**
 * The metric ledger: what each vendor reported, per contract, metric and period, with where it came
 * from, who recorded it and when. A correction supersedes a value and keeps it; results files are
 * read all or nothing.
 */
package io.outsight.core.ledger;
