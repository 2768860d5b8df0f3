/** Who may do what: the roles every page, endpoint and boundary declares, and user accounts. */
package io.outsight.core.access;
