/**
 * Our own people's results, entered or imported, and each vendor's share of every channel's whole
 * outcome measured against them.
 */
package io.outsight.reporting.concentration;
