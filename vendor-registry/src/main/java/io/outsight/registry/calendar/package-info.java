/**
 * The portal's calendar: the one clock every rule that depends on today (periods, due dates, late
 * reports, notice deadlines, renewals, the dashboard's quarter) and every time stamp reads.
 */
package io.outsight.registry.calendar;
