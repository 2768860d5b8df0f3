/** How the pages reach the domain: expression-language support for the domain's record types. */
package io.outsight.web.faces;
