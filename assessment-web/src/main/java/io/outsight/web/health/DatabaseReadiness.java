package io.outsight.web.health;

import io.outsight.registry.schema.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers: without it no page can be served. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      return HealthCheckResponse.named("database")
          .status(connection.isValid(TIMEOUT_SECONDS))
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .build();
    } catch (SQLException unreachable) {
      return HealthCheckResponse.named("database").down().withData("error", unreachable.getMessage()).build();
    }
  }
}
