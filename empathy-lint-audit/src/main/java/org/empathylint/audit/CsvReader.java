package org.empathylint.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A ticket export as CSV (UTF-8, comma-separated, quoted as RFC 4180 and spreadsheets write it), with
 * a header row naming the columns; one reply per row.
 */
public final class CsvReader extends ExportFileReader {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true)
      .get();

  public CsvReader(Path file, FieldMapping mapping) {
    super(file, mapping);
  }

  @Override
  public void read(ReplySink sink, ByteProgress progress) throws IOException, InterruptedException {
    try (Reader in = new InputStreamReader(new CountingInput(Files.newInputStream(file), progress),
        StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      int number = 0;
      while (true) {
        number++;
        String where = file.getFileName() + " record " + number;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          // The parser cannot go past a broken quote: the rest of the file is one unreadable record.
          sink.skipped(new Skipped(where, "unreadable CSV: " + e.getMessage()));
          break;
        }
        if (!record.isConsistent()) {
          sink.skipped(new Skipped(where, "has " + record.size() + " columns, the header "
              + parser.getHeaderNames().size()));
          continue;
        }
        try {
          sink.reply(RecordFields.toReply(where, mapping,
              column -> record.isMapped(column) ? record.get(column) : null));
        } catch (RecordFields.Invalid e) {
          sink.skipped(new Skipped(where, e.getMessage()));
        }
      }
    }
  }
}
