package io.outsight.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The test database read and changed directly: to see what a boundary stored, or to set up or
 * tamper as no boundary would.
 */
public final class Sql {

  private Sql() {}

  /** The first column of every row the query returns, as text. */
  public static List<String> column(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet rows = connection.createStatement().executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  /** Whether the tests run on PostgreSQL (-Ppostgresql) rather than H2. */
  public static boolean onPostgresql(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }
  }

  public static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.createStatement().executeUpdate(sql);
    }
  }
}
