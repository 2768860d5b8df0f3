/**
 * The metric ledger: results recorded, imported and corrected all or nothing, and late reports
 * found.
 */
package io.outsight.registry.ledger;
