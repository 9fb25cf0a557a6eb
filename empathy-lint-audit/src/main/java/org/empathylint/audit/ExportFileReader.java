package org.empathylint.audit;

import java.nio.file.Path;

/** A ticket export in one file, its fields found through a {@link FieldMapping}. */
abstract class ExportFileReader implements ReplyReader {
  protected final Path file;
  protected final FieldMapping mapping;

  ExportFileReader(Path file, FieldMapping mapping) {
    this.file = file;
    this.mapping = mapping;
  }

  @Override
  public String name() {
    return file.getFileName().toString();
  }

  @Override
  public long bytesToRead() {
    return InputFiles.size(file);
  }
}
