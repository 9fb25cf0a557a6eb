package org.empathylint.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A ticket export as JSON Lines: one JSON object per line, one reply per object. */
public final class JsonLinesReader extends ExportFileReader {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public JsonLinesReader(Path file, FieldMapping mapping) {
    super(file, mapping);
  }

  @Override
  public void read(ReplySink sink, ByteProgress progress) throws IOException, InterruptedException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new CountingInput(Files.newInputStream(file), progress), StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String where = file.getFileName() + " line " + lineNumber;
        try {
          JsonNode node = JSON.readTree(line);
          if (!node.isObject()) {
            sink.skipped(new Skipped(where, "not a JSON object"));
            continue;
          }
          sink.reply(RecordFields.toReply(where, mapping, column -> text(node.get(column))));
        } catch (JsonProcessingException e) {
          sink.skipped(new Skipped(where, "invalid JSON at column " + e.getLocation().getColumnNr() + ": "
              + e.getOriginalMessage()));
        } catch (RecordFields.Invalid e) {
          sink.skipped(new Skipped(where, e.getMessage()));
        }
      }
    }
  }

  private static String text(JsonNode value) {
    return value == null || value.isNull() ? null : value.asText();
  }
}
