package io.outsight.registry.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the newest version when the application starts. Flyway runs its own
 * transactions per migration, so this bean manages none.
 */
@DataSourceDefinition(
    name = SchemaMigrations.DATA_SOURCE,
    className = "org.h2.jdbcx.JdbcDataSource",
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
    Flyway flyway =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load();
    int applied = flyway.migrate().migrationsExecuted;
    LOG.info(() -> "Schema at version " + flyway.info().current().getVersion() + " (" + applied + " migrations applied now)");
  }
}
