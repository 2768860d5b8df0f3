/** How this start of the portal is meant: tried out (a demo, a test) or run for real. */
package io.outsight.registry.profile;
