/**
 * The database: the data source every module uses and the versioned Flyway migrations that own its
 * schema, applied once at start-up before anything else touches the data.
 */
package io.outsight.registry.schema;
