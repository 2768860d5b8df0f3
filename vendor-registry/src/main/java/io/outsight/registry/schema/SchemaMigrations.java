package io.outsight.registry.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the newest version when the application starts: the migrations common to
 * every database, and those of the database in use (db/vendor/h2, db/vendor/postgresql). Flyway
 * runs its own transactions per migration, so this bean manages none.
 *
 * <p>The database is chosen by configuration alone (system properties or environment variables
 * such as OUTSIGHT_DATASOURCE_URL): H2 by default, PostgreSQL with the class
 * org.postgresql.ds.PGSimpleDataSource and a jdbc:postgresql URL.
 */
@DataSourceDefinition(
    name = SchemaMigrations.DATA_SOURCE,
    className = "${MPCONFIG=outsight.datasource.class}",
    url = "${MPCONFIG=outsight.datasource.url}",
    user = "${MPCONFIG=outsight.datasource.user}",
    password = "${MPCONFIG=outsight.datasource.password}",
    minPoolSize = 1,
    maxPoolSize = 20)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

  public static final String DATA_SOURCE = "java:app/jdbc/outsight";

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    String database = database();
    Flyway flyway =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration", "classpath:db/vendor/" + database)
            .load();
    int applied = flyway.migrate().migrationsExecuted;
    LOG.info(() -> "Schema of " + database + " at version " + flyway.info().current().getVersion() + " (" + applied
        + " migrations applied now)");
  }

  /** The database's product name as JDBC gives it, in lower case: h2 or postgresql. */
  private String database() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException unreachable) {
      throw new IllegalStateException("the database cannot be reached", unreachable);
    }
  }
}
