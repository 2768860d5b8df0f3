/**
 * The hot-dog lesson measured against the business: how much of each channel's leads, deals and
 * revenue one vendor brings, our own people's results included, and when that dependency needs a
 * reviewed way out.
 */
package io.outsight.core.concentration;
