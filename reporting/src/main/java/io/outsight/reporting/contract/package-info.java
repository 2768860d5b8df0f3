/** Contract success reports: computed in the domain from what the ledger holds. */
package io.outsight.reporting.contract;
