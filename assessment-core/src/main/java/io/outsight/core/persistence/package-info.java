/** How domain types that JPA does not map by itself are stored. */
package io.outsight.core.persistence;
