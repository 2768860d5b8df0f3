/** What vendors report each period (leads, meetings, deals, revenue, leads returned) and what is derived from it. */
package io.outsight.core.metric;
