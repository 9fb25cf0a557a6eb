package org.empathylint.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** File sizes for progress. */
final class InputFiles {
  private InputFiles() {
  }

  /** The file's size, or 0 when it cannot be read (the reader then reports the error). */
  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
