/**
 * The cost model screen: in-house against outsourced, as a chart, a table and a sensitivity grid.
 */
package io.outsight.web.costmodel;
