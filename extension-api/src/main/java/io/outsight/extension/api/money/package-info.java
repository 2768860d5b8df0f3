/** Amounts of money with their currency, and percentages: never floating point. */
package io.outsight.extension.api.money;
