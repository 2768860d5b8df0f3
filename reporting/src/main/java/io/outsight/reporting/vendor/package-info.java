/**
 * The vendor registry as a file: the vendor list, with the filters of the screen, for auditors and
 * procurement.
 */
package io.outsight.reporting.vendor;
