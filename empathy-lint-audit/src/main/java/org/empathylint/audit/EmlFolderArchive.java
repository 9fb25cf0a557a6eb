package org.empathylint.audit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.empathylint.audit.ReplyReader.ByteProgress;

/** A folder of {@code .eml} files (one message each), its subfolders included, in path order. */
final class EmlFolderArchive implements MailArchive {
  private final Path folder;
  private final List<Path> files;

  EmlFolderArchive(Path folder) throws IOException {
    this.folder = folder;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml"))
          .sorted()
          .toList();
    }
  }

  @Override
  public String name() {
    return folder.getFileName().toString();
  }

  @Override
  public long bytes() {
    return files.stream().mapToLong(InputFiles::size).sum();
  }

  @Override
  public String where(int number, long location) {
    return folder.getFileName().resolve(folder.relativize(files.get((int) location))).toString();
  }

  @Override
  public void forEach(Visitor visitor, ByteProgress progress) throws IOException, InterruptedException {
    for (int i = 0; i < files.size(); i++) {
      try (InputStream in = new CountingInput(new BufferedInputStream(Files.newInputStream(files.get(i))),
          progress)) {
        visitor.message(i + 1, i, in);
      }
    }
  }

  @Override
  public InputStream open(long location) throws IOException {
    return new BufferedInputStream(Files.newInputStream(files.get((int) location)));
  }
}
