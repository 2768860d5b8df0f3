/** What is installed at the suite's extension points, for administrators and the API. */
package io.outsight.registry.extension;
