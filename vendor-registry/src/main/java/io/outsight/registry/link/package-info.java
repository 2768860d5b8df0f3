/**
 * The vendor's own links: issued by procurement, mailed to the vendor's contact, listed and revoked
 * on the contract's page, and opened without a portal account to do the one thing each is for.
 */
package io.outsight.registry.link;
