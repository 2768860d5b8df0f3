/**
 * The vendor's own way in: the pages a vendor's link opens without a portal account, and the
 * contract page's list of the links procurement issued.
 */
package io.outsight.web.link;
