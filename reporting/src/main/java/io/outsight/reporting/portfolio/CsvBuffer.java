package io.outsight.reporting.portfolio;

import java.io.IOException;
import java.io.Writer;

/**
 * The buffer between Commons CSV and the encoder, for one thread. The printer appends every cell as
 * a range of its text, which {@link Writer#append(CharSequence, int, int)}, and so {@code
 * BufferedWriter}, first copies into a new string, and {@code BufferedWriter} takes its lock on
 * every write: at millions of cells that was a quarter of the portfolio export's time. Here a range
 * is copied once, into the buffer.
 */
final class CsvBuffer extends Writer {

  private final Writer out;

  private final char[] buffer;

  private int used;

  CsvBuffer(Writer out, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a buffer of " + size + " chars");
    }
    this.out = out;
    this.buffer = new char[size];
  }

  @Override
  public Writer append(CharSequence text, int start, int end) throws IOException {
    CharSequence written = text == null ? "null" : text;
    if (written instanceof String string) {
      write(string, start, end - start);
    } else {
      write(written.subSequence(start, end).toString());
    }
    return this;
  }

  @Override
  public Writer append(CharSequence text) throws IOException {
    write(String.valueOf(text));
    return this;
  }

  @Override
  public Writer append(char c) throws IOException {
    write(c);
    return this;
  }

  @Override
  public void write(int c) throws IOException {
    room(1);
    buffer[used++] = (char) c;
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    if (room(length)) {
      text.getChars(offset, offset + length, buffer, used);
      used += length;
    } else {
      out.write(text, offset, length);
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    if (room(length)) {
      System.arraycopy(chars, offset, buffer, used, length);
      used += length;
    } else {
      out.write(chars, offset, length);
    }
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      drain();
    } finally {
      out.close();
    }
  }

  /** Makes room for {@code length} chars: false when they are more than the whole buffer holds. */
  private boolean room(int length) throws IOException {
    if (length > buffer.length - used) {
      drain();
    }
    return length <= buffer.length;
  }

  private void drain() throws IOException {
    if (used > 0) {
      out.write(buffer, 0, used);
      used = 0;
    }
  }
}
