/** Our own people's results, and the concentration measured against them, as the pages show it. */
package io.outsight.web.concentration;
