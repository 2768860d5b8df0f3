/**
 * Vendors of outsourced sales and lead generation: their identity (business ID), contact, the
 * services they offer and where they stand in the lifecycle, plus the search the registry offers
 * over them.
 */
package io.outsight.core.vendor;
