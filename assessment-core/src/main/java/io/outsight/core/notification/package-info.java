/**
 * Reaching out: what the scheduled checks find (a notice deadline coming, a report late), each
 * finding once, and the notifications that carry it to the people responsible, in the portal and by
 * e-mail as each of them chose.
 */
package io.outsight.core.notification;
