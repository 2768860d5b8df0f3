/**
 * Administration screens: the portal's accounts, and what is installed at the suite's extension
 * points.
 */
package io.outsight.web.admin;
