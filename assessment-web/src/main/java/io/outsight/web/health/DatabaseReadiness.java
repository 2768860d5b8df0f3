package io.outsight.web.health;

import io.outsight.registry.schema.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers: without it no page can be served. Anyone may ask, so the answer
 * says up or down and nothing of the database; why it is down goes to the log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final int TIMEOUT_SECONDS = 2;

  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      return HealthCheckResponse.named("database")
          .status(connection.isValid(TIMEOUT_SECONDS))
          .build();
    } catch (SQLException unreachable) {
      LOG.log(Level.WARNING, "The database does not answer the readiness check", unreachable);
      return HealthCheckResponse.named("database").down().build();
    }
  }
}
