/** How the domain refuses: a named rule, the reason in words, and what it concerns. */
package io.outsight.core.rules;
