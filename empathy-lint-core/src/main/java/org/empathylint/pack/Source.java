package org.empathylint.pack;

/** Where something was written: a pack file (classpath resource or path), 1-based line and column. */
public record Source(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
