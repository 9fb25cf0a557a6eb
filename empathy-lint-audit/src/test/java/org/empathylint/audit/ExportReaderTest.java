package org.empathylint.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReaderTest {
  @TempDir
  Path dir;

  private final CollectingSink sink = new CollectingSink();
  private final List<Reply> replies = sink.replies;
  private final List<Skipped> skipped = sink.skipped;

  @Test
  void jsonLinesRecordsBecomeRepliesAndBadLinesAreSkipped() throws Exception {
    Path file = dir.resolve("export.jsonl");
    Files.writeString(file, """
        {"id": "t1", "text": "Geachte klant, ...", "customer": "Hallo", "lang": "nl", "agent": "Bram", "team": "Retour", "date": "2026-03-14T09:30:00Z"}
        {"id": "t2", "text": "Hej Line", "html": false}

        {"id": "t3", "text": "   "}
        {"id": "t4", "text": "Hej", "date": "14-03-2026"}
        not json
        ["an", "array"]
        """);
    new JsonLinesReader(file, FieldMapping.defaults()).read(sink, ReplyReader.ByteProgress.NONE);
    assertThat(replies).containsExactly(
        new Reply("export.jsonl line 1", "t1", "Geachte klant, ...", false, "Hallo", "nl", "Bram", "Retour",
            LocalDate.of(2026, 3, 14)),
        new Reply("export.jsonl line 2", "t2", "Hej Line", false, null, null, null, null, null));
    assertThat(skipped).extracting(Skipped::where).containsExactly(
        "export.jsonl line 4", "export.jsonl line 5", "export.jsonl line 6", "export.jsonl line 7");
    assertThat(skipped.get(0).reason()).isEqualTo("the reply text is blank");
    assertThat(skipped.get(1).reason()).contains("not an ISO date");
    assertThat(skipped.get(2).reason()).startsWith("invalid JSON");
    assertThat(skipped.get(3).reason()).isEqualTo("not a JSON object");
  }

  @Test
  void csvColumnsAreMappedAndRowsWithTheWrongWidthSkipped() throws Exception {
    Path file = dir.resolve("tickets.csv");
    Files.writeString(file, """
        ticket,body,assignee,group,sent_at,lang
        7,"Geachte klant,

        Uw ticket is ""geëscaleerd"".",Bram,Retour,2026-04-01,nl
        8,too,few
        9,Hej Line,Mikkel,DK,2026-04-02,da
        """);
    FieldMapping mapping = FieldMapping.parse(List.of("id=ticket", "text=body", "agent=assignee", "team=group",
        "date=sent_at"));
    new CsvReader(file, mapping).read(sink, ReplyReader.ByteProgress.NONE);
    assertThat(replies).extracting(Reply::id, Reply::agent, Reply::team, Reply::language)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("7", "Bram", "Retour", "nl"),
            org.assertj.core.groups.Tuple.tuple("9", "Mikkel", "DK", "da"));
    assertThat(replies.get(0).text()).isEqualTo("Geachte klant,\n\nUw ticket is \"geëscaleerd\".");
    assertThat(skipped).containsExactly(new Skipped("tickets.csv record 2", "has 3 columns, the header 6"));
  }

  @Test
  void aRecordWithoutTextSaysWhichColumnItLookedFor() throws Exception {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, "id,body\n1,hallo\n");
    new CsvReader(file, FieldMapping.defaults()).read(sink, ReplyReader.ByteProgress.NONE);
    assertThat(skipped).containsExactly(new Skipped("t.csv record 1", "no reply text (field 'text')"));
  }

  @Test
  void badMappingsAreRefusedInWords() {
    assertThatThrownBy(() -> FieldMapping.parse(List.of("txt=body")))
        .hasMessageStartingWith("unknown field 'txt' in mapping 'txt=body' (expected one of: id, text,");
    assertThatThrownBy(() -> FieldMapping.parse(List.of("text")))
        .hasMessage("field mapping 'text' is not FIELD=COLUMN");
  }
}
