/** The portfolio dashboard: the running contracts' recent reports at a glance. */
package io.outsight.reporting.dashboard;
