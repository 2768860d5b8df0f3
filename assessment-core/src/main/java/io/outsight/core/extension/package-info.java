/**
 * What Outsight's own contributions to the extension points of the published API ({@code
 * io.outsight.extension.api}) share. The core's contributions are declared as CDI beans by the
 * vendor registry, as the core knows no container.
 */
package io.outsight.core.extension;
