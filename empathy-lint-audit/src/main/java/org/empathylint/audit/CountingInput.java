package org.empathylint.audit;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.empathylint.audit.ReplyReader.ByteProgress;

/** Tells a {@link ByteProgress} how many bytes pass through. */
final class CountingInput extends FilterInputStream {
  private final ByteProgress progress;

  CountingInput(InputStream in, ByteProgress progress) {
    super(in);
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      progress.advanced(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      progress.advanced(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    progress.advanced(skipped);
    return skipped;
  }
}
