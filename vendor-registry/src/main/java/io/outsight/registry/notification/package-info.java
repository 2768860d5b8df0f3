/**
 * Reaching out: the scheduled checks that run once per cluster and record what they find once, the
 * notifications that bring each finding to the people responsible, in the portal and by e-mail, and
 * each person's choice of how.
 */
package io.outsight.registry.notification;
