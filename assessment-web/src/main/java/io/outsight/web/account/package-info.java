/** The signed-in person's own account: choosing their password. */
package io.outsight.web.account;
