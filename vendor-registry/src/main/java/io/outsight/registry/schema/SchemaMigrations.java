package io.outsight.registry.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the schema to the newest version when the application starts: the migrations common to
 * every database, and those of the database in use (db/vendor/h2, db/vendor/postgresql). Flyway
 * runs its own transactions per migration, so this bean manages none.
 *
 * <p>The database is the server's connection pool {@value #DATA_SOURCE}, which Payara defines at
 * start from configuration alone (src/main/payara/datasource.asadmin: class, URL, user, password
 * and pool size, from system properties or environment variables such as OUTSIGHT_DATASOURCE_URL):
 * H2 by default, PostgreSQL with the class org.postgresql.ds.PGSimpleDataSource and a
 * jdbc:postgresql URL. A pool defined by the application (@DataSourceDefinition) would take its
 * size as compiled.
 *
 * <p>The schema may have an owner of its own ({@code outsight.datasource.owner.user} and {@code
 * .password}): Flyway then connects as that owner, and on PostgreSQL grants the pool's role only
 * what the portal needs (db/vendor/postgresql/afterMigrate.sql): reading and writing the business
 * tables, and no more than reading and appending to the audit trail. The portal's role then cannot
 * change, remove or truncate an event, nor switch off the trigger that refuses it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

  public static final String DATA_SOURCE = "jdbc/outsight";

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "outsight.datasource.url")
  String url;

  @Inject
  @ConfigProperty(name = "outsight.datasource.user")
  String portalRole;

  @Inject
  @ConfigProperty(name = "outsight.datasource.owner.user")
  Optional<String> owner;

  @Inject
  @ConfigProperty(name = "outsight.datasource.owner.password")
  Optional<String> ownerPassword;

  @PostConstruct
  void migrate() {
    String database = database();
    FluentConfiguration configuration =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .locations("classpath:db/migration", "classpath:db/vendor/" + database)
            .placeholders(Map.of("portal_role", portalRole));
    Optional<String> schemaOwner = owner.filter(name -> !name.isBlank());
    Flyway flyway =
        schemaOwner.isPresent()
            ? configuration.dataSource(url, schemaOwner.get(), ownerPassword.orElse("")).load()
            : configuration.dataSource(dataSource).load();
    int applied = flyway.migrate().migrationsExecuted;
    LOG.info(
        () ->
            "Schema of "
                + database
                + " at version "
                + flyway.info().current().getVersion()
                + " ("
                + applied
                + " migrations applied now, as "
                + schemaOwner.orElse(portalRole)
                + ")");
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
