/**
 * The vendor registry's boundary: registering vendors and searching the list, with the roles that
 * may do each, over a JPA repository that joins the boundary's transaction.
 */
package io.outsight.registry.vendor;
