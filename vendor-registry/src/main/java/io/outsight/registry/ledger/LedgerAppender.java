package io.outsight.registry.ledger;

import io.outsight.core.ledger.ImportProblem;
import io.outsight.core.ledger.ResultSource;
import io.outsight.extension.api.metric.Period;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.commons.collections4.bloomfilter.BloomFilter;
import org.apache.commons.collections4.bloomfilter.EnhancedDoubleHasher;
import org.apache.commons.collections4.bloomfilter.Shape;
import org.apache.commons.collections4.bloomfilter.SimpleBloomFilter;

/**
 * Appends a submission's values to the ledger with batched {@code INSERT}s on the transaction's
 * connection: a file of a hundred thousand lines is stored in seconds without holding it in memory,
 * which one entity per value could not do. Then finds the values the submission repeats and marks
 * the ones it corrects.
 *
 * <p>Only contracts that had values before the submission can have values it repeats unchanged or
 * corrects, so the appender notes, as it meets each contract, whether the ledger holds any of its
 * values yet: a file of first values only (a new contract's, a new vendor's) then costs no search
 * for values to take back, mark or explain. The note holds because the callers that take back or
 * mark values lock each contract before its first value ({@link MetricLedger}): no other submission
 * adds to it meanwhile.
 *
 * <p>Repeated lines are searched for in the ledger only when a Bloom filter of the contracts,
 * metrics and periods appended says one may be repeated: it never misses a key it was given, so a
 * submission without repeats, the usual one, is not searched at all, and its size is fixed (a
 * megabyte), so the memory does not grow with the file. It is wrong only the other way, about one
 * key in fifty million at a hundred thousand values and one in fifty at a million, which costs the
 * search that proves it wrong.
 */
public final class LedgerAppender implements AutoCloseable {

  private static final int BATCH = 1000;

  private static final Comparator<ImportProblem> BY_LINE =
      Comparator.comparingInt(ImportProblem::line);

  /** Seven hashes into 2^23 bits (a megabyte): see the class comment for what it misjudges. */
  private static final Shape KEYS = Shape.fromKM(7, 1 << 23);

  private static final String INSERT =
      "insert into metric_result (contract_id, metric, period_start, period_months, result_value,"
          + " source, recorded_by, recorded_at, submission_id, source_line, correction_reason)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String ANY_VALUE =
      "select 1 from metric_result where contract_id = ? fetch first 1 rows only";

  private static final String SAME_KEY = sameKey("n", "metric_result");

  private static final String SUPERSEDE =
      "update metric_result set superseded_by = (select max(n.id) from metric_result n"
          + " where n.submission_id = ? and "
          + SAME_KEY
          + ") where contract_id = ? and superseded_by is null and submission_id <> ?"
          + " and exists (select 1 from metric_result n where n.submission_id = ? and "
          + SAME_KEY
          + ")";

  private static final String UNCHANGED =
      "delete from metric_result where submission_id = ? and contract_id = ? and exists"
          + " (select 1 from metric_result n where n.superseded_by is null and n.submission_id <> ? and "
          + SAME_KEY
          + " and n.result_value = metric_result.result_value)";

  private static final String UNEXPLAINED =
      "select n.source_line, c.reference, n.metric, n.period_start, n.period_months"
          + " from metric_result n join contract c on c.id = n.contract_id"
          + " where n.submission_id = ? and n.contract_id = ? and n.correction_reason is null and exists"
          + " (select 1 from metric_result metric_result where metric_result.superseded_by is null"
          + " and metric_result.submission_id <> ? and "
          + SAME_KEY
          + ") order by n.source_line";

  /**
   * Looks each line's contract, metric and period up in the submission's index instead of grouping
   * the submission's values by them, which held every key of the file in memory at once.
   */
  private static final String REPEATS =
      "select r.source_line, (select min(f.source_line) from metric_result f where f.submission_id = ? and "
          + sameKey("f", "r")
          + "), c.reference, r.metric, r.period_start, r.period_months"
          + " from metric_result r join contract c on c.id = r.contract_id"
          + " where r.submission_id = ? and exists (select 1 from metric_result f where f.submission_id = ? and "
          + sameKey("f", "r")
          + " and f.source_line < r.source_line) order by r.source_line";

  /**
   * The condition that the values {@code a} and {@code b} are for one contract, metric and period.
   */
  private static String sameKey(String a, String b) {
    return String.format(
        "%1$s.contract_id = %2$s.contract_id and %1$s.metric = %2$s.metric"
            + " and %1$s.period_start = %2$s.period_start",
        a, b);
  }

  private final Connection connection;
  private final PreparedStatement insert;
  private final PreparedStatement anyValue;
  private final Set<Long> contracts = new HashSet<>();
  private final Set<Long> withEarlierValues = new LinkedHashSet<>();
  private final Set<Long> givenValuesWithoutReason = new LinkedHashSet<>();
  private final BloomFilter<?> keysAppended = new SimpleBloomFilter(KEYS);
  private boolean mayRepeat;
  private final long submissionId;
  private final ResultSource source;
  private final String recordedBy;
  private final Instant recordedAt;
  private int pending;

  public LedgerAppender(
      Connection connection,
      long submissionId,
      ResultSource source,
      String recordedBy,
      Instant recordedAt)
      throws SQLException {
    this.connection = connection;
    this.insert = connection.prepareStatement(INSERT);
    try {
      this.anyValue = connection.prepareStatement(ANY_VALUE);
    } catch (SQLException failed) {
      insert.close();
      throw failed;
    }
    this.submissionId = submissionId;
    this.source = source;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /**
   * @param reason why the value corrects the current one, or null for a first value
   */
  public void append(
      long contractId, String metric, Period period, BigDecimal value, Integer line, String reason)
      throws SQLException {
    if (contracts.add(contractId) && hasValues(contractId)) {
      withEarlierValues.add(contractId);
    }
    if (!mayRepeat) {
      EnhancedDoubleHasher key = keyOf(contractId, metric, period);
      mayRepeat = keysAppended.contains(key);
      keysAppended.merge(key);
    }
    insert.setLong(1, contractId);
    insert.setString(2, metric);
    insert.setObject(3, period.firstDay());
    insert.setInt(4, period.months());
    insert.setBigDecimal(5, value);
    insert.setString(6, source.name());
    insert.setString(7, recordedBy);
    insert.setObject(8, recordedAt.atOffset(ZoneOffset.UTC));
    insert.setLong(9, submissionId);
    if (line == null) {
      insert.setNull(10, Types.INTEGER);
    } else {
      insert.setInt(10, line);
    }
    String kept = reason == null || reason.isBlank() ? null : reason.strip();
    if (kept == null) {
      if (withEarlierValues.contains(contractId)) {
        givenValuesWithoutReason.add(contractId);
      }
      insert.setNull(11, Types.VARCHAR);
    } else {
      insert.setString(11, kept);
    }
    insert.addBatch();
    if (++pending == BATCH) {
      flush();
    }
  }

  /** The contract, metric and period hashed as the Bloom filter takes them. */
  private static EnhancedDoubleHasher keyOf(long contractId, String metric, Period period) {
    byte[] name = metric.getBytes(StandardCharsets.UTF_8);
    byte[] key =
        ByteBuffer.allocate(2 * Long.BYTES + name.length)
            .putLong(contractId)
            .putLong(period.firstDay().toEpochDay())
            .put(name)
            .array();
    long[] hash = MurmurHash3.hash128x64(key);
    return new EnhancedDoubleHasher(hash[0], hash[1]);
  }

  /** Asked before the contract's first value of this submission is added to the batch. */
  private boolean hasValues(long contractId) throws SQLException {
    anyValue.setLong(1, contractId);
    try (ResultSet found = anyValue.executeQuery()) {
      return found.next();
    }
  }

  public void flush() throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      pending = 0;
    }
  }

  /**
   * Lines that give a contract, metric and period an earlier line of the same submission gave
   * already.
   */
  List<ImportProblem> repeats(int limit) throws SQLException {
    flush();
    List<ImportProblem> problems = new ArrayList<>();
    if (!mayRepeat) {
      return problems;
    }
    try (PreparedStatement query = connection.prepareStatement(REPEATS)) {
      query.setLong(1, submissionId);
      query.setLong(2, submissionId);
      query.setLong(3, submissionId);
      query.setMaxRows(limit);
      try (ResultSet repeated = query.executeQuery()) {
        while (repeated.next()) {
          Period period =
              Period.containing(repeated.getObject(5, LocalDate.class), repeated.getInt(6));
          problems.add(
              new ImportProblem(
                  repeated.getInt(1),
                  0,
                  "",
                  "repeated",
                  List.of(
                      String.valueOf(repeated.getInt(2)),
                      repeated.getString(3),
                      repeated.getString(4),
                      period.toString())));
        }
      }
    }
    return problems;
  }

  /**
   * Values that correct a current one without saying why, the first {@code limit} by their line (or
   * entry); called after {@link #dropUnchanged}, so that only real corrections are left. Only a
   * contract that had values and was given one without a reason can have such a value, so only
   * those contracts' values are read: a file of corrections that all give their reason, or of new
   * values for a few contracts among many new ones, is not read again whole.
   */
  List<ImportProblem> correctionsWithoutReason(int limit) throws SQLException {
    flush();
    List<ImportProblem> problems = new ArrayList<>();
    if (givenValuesWithoutReason.isEmpty()) {
      return problems;
    }
    try (PreparedStatement query = connection.prepareStatement(UNEXPLAINED)) {
      query.setLong(1, submissionId);
      query.setLong(3, submissionId);
      query.setMaxRows(limit);
      for (long contractId : givenValuesWithoutReason) {
        query.setLong(2, contractId);
        try (ResultSet unexplained = query.executeQuery()) {
          while (unexplained.next()) {
            Period period =
                Period.containing(unexplained.getObject(4, LocalDate.class), unexplained.getInt(5));
            problems.add(
                new ImportProblem(
                    unexplained.getInt(1),
                    0,
                    "reason",
                    "correction-without-reason",
                    List.of(
                        unexplained.getString(2), unexplained.getString(3), period.toString())));
          }
        }
        if (problems.size() > limit) {
          problems.sort(BY_LINE);
          problems.subList(limit, problems.size()).clear();
        }
      }
    }
    problems.sort(BY_LINE);
    return problems;
  }

  /**
   * Takes back the values appended that only repeat the current value: they correct nothing, and
   * the history stays free of them. Returns how many.
   */
  int dropUnchanged() throws SQLException {
    flush();
    return perContract(UNCHANGED, 3);
  }

  /** Marks the values this submission corrects as superseded by it; returns how many. */
  int supersede() throws SQLException {
    flush();
    return perContract(SUPERSEDE, 4);
  }

  /**
   * Runs a statement whose second parameter is the contract and the others the submission, once for
   * each contract appended to that had values before; returns the rows changed.
   */
  private int perContract(String sql, int parameters) throws SQLException {
    if (withEarlierValues.isEmpty()) {
      return 0;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (long contractId : withEarlierValues) {
        for (int i = 1; i <= parameters; i++) {
          statement.setLong(i, i == 2 ? contractId : submissionId);
        }
        statement.addBatch();
      }
      int changed = 0;
      for (int count : statement.executeBatch()) {
        changed += Math.max(count, 0);
      }
      return changed;
    }
  }

  /**
   * Clears the batch before closing: a pool with a statement cache (Payara's {@code
   * statement-cache-size}, which an operator may set on a full server) keeps the statement open for
   * the connection's next user, and a file refused before its values were flushed must not leave
   * them to be inserted with the next file.
   */
  @Override
  public void close() throws SQLException {
    try (anyValue) {
      insert.clearBatch();
    } finally {
      insert.close();
    }
  }
}
