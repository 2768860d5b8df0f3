/**
 * The vendor's own way in: personal links that expire and can be revoked, through which a vendor's
 * contact, without a portal account, does one thing for the customer and nothing else.
 */
package io.outsight.core.link;
