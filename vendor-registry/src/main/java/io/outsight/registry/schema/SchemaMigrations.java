package io.outsight.registry.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
 * <p>The database is the server's connection pool {@value #DATA_SOURCE}, which Payara defines at
 * start from configuration alone (src/main/payara/datasource.asadmin: class, URL, user, password and
 * pool size, from system properties or environment variables such as OUTSIGHT_DATASOURCE_URL): H2
 * by default, PostgreSQL with the class org.postgresql.ds.PGSimpleDataSource and a jdbc:postgresql
 * URL. A pool defined by the application (@DataSourceDefinition) would take its size as compiled.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

  public static final String DATA_SOURCE = "jdbc/outsight";

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
