package io.outsight.registry.ledger;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Tells how many bytes of a stream were read, at most once per interval, so that telling costs
 * nothing.
 */
final class ReadProgress extends FilterInputStream {

  private final LongConsumer progress;
  private final long intervalNanos;
  private long read;
  private long toldAt = System.nanoTime();

  ReadProgress(InputStream content, long intervalMillis, LongConsumer progress) {
    super(content);
    this.progress = progress;
    this.intervalNanos = intervalMillis * 1_000_000;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    counted(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    counted(Math.max(n, 0));
    return n;
  }

  /** How many bytes were read so far. */
  long bytesRead() {
    return read;
  }

  private void counted(int n) {
    read += n;
    long now = System.nanoTime();
    if (now - toldAt >= intervalNanos) {
      toldAt = now;
      progress.accept(read);
    }
  }
}
