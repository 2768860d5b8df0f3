/** The home page: where a signed-in user starts. */
package io.outsight.web.home;
