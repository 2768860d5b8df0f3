package io.outsight.reporting.portfolio;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A portfolio export being written in the background for one person, then waiting in its spool file
 * until they download it: how many of its rows are written, and once it has ended, the file or why
 * there is none. Written by the export's thread and read by the page's, hence the atomics.
 */
public final class PortfolioPreparation {

  /** Where a preparation stands. */
  public enum State {
    RUNNING,
    READY,
    FAILED
  }

  private final String id;
  private final String owner;
  private final String fileName;
  private final String format;
  private final Instant startedAt;
  private final AtomicLong rowsWritten = new AtomicLong();
  private volatile long rowsTotal = -1;
  private volatile PortfolioExport.Spooled file;
  private volatile String failure;
  private volatile Instant endedAt;

  PortfolioPreparation(String id, String owner, String fileName, String format, Instant startedAt) {
    this.id = id;
    this.owner = owner;
    this.fileName = fileName;
    this.format = format;
    this.startedAt = startedAt;
  }

  void counted(long rows) {
    rowsTotal = rows;
  }

  void written(long rows) {
    rowsWritten.set(rows);
  }

  void ready(PortfolioExport.Spooled written, Instant now) {
    file = written;
    endedAt = now;
  }

  void failed(String why, Instant now) {
    failure = why;
    endedAt = now;
  }

  public State state() {
    return file != null ? State.READY : failure != null ? State.FAILED : State.RUNNING;
  }

  /** How much of the file is written, 0 to 100; 100 only once it is ready. */
  public int percent() {
    if (state() != State.RUNNING) {
      return 100;
    }
    long total = rowsTotal;
    return total <= 0 ? 0 : (int) Math.min(99, rowsWritten.get() * 100 / total);
  }

  public String id() {
    return id;
  }

  public String owner() {
    return owner;
  }

  public String fileName() {
    return fileName;
  }

  public String format() {
    return format;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  public long rowsWritten() {
    return rowsWritten.get();
  }

  public Optional<PortfolioExport.Spooled> file() {
    return Optional.ofNullable(file);
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
