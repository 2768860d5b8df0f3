/** The vendor screens: the registry's list with its filters, and registering a vendor. */
package io.outsight.web.vendor;
