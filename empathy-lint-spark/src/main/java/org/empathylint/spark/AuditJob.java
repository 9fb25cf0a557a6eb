package org.empathylint.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkFiles;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.empathylint.RulePackException;
import org.empathylint.Severity;
import org.empathylint.audit.AuditSummary;
import org.empathylint.audit.Auditor;
import org.empathylint.audit.FieldMapping;
import org.empathylint.audit.RecordFields;
import org.empathylint.audit.Skipped;
import org.empathylint.audit.SummaryJson;

/**
 * Audits JSON Lines or Parquet of replies on Spark: writes one line of findings per reply to
 * {@code OUT/findings} (JSON Lines) and {@code OUT/summary.json}, the same summary as the command
 * line's {@code audit} on the same records. Each executor JVM builds its linters once, on its first
 * reply, and all its tasks share them ({@link Auditor} keeps them for the life of the JVM).
 *
 * <pre>
 * spark-submit --class org.empathylint.spark.AuditJob --jars "$(ls target/lib/*.jar | paste -sd,)" \
 *   target/empathy-lint-spark-*.jar replies.jsonl out/
 * </pre>
 */
public final class AuditJob {
  private static final String CORRUPT = "_corrupt_record";

  private final JobOptions options;

  AuditJob(JobOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws IOException {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("empathy-lint audit job: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("empathy-lint audit").getOrCreate();
    try {
      AuditSummary summary = new AuditJob(options).run(spark);
      System.err.printf("%d replies audited, %d skipped: %s%n", summary.total().replies(), summary.skippedCount(),
          options.out());
    } finally {
      spark.stop();
    }
  }

  /** Runs the audit and writes its output; returns the summary. */
  AuditSummary run(SparkSession spark) throws IOException {
    Dataset<Row> records = read(spark);
    JavaRDD<Row> input = records.javaRDD();
    int wanted = options.partitions() > 0 ? options.partitions() : spark.sparkContext().defaultParallelism();
    if (input.getNumPartitions() < wanted) {
      input = input.repartition(wanted);
    }
    StructType inputSchema = records.schema();
    FieldMapping mapping = options.mapping();
    String overlay = options.overlay();
    Severity severity = options.minimumSeverity();
    JavaRDD<Row> audited = input.mapPartitions(rows -> audit(rows, inputSchema, mapping, overlay, severity));
    Dataset<Row> results = spark.createDataFrame(audited, ReplyRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      results.drop(ReplyRows.INTERNAL).write().mode(SaveMode.Overwrite).json(options.out() + "/findings");
      AuditSummary summary = results.javaRDD().mapPartitions(AuditJob::summarise).reduce((a, b) -> {
        a.merge(b);
        return a;
      });
      writeSummary(spark, summary);
      return summary;
    } finally {
      results.unpersist();
    }
  }

  private Dataset<Row> read(SparkSession spark) {
    if (options.format().equals("parquet")) {
      return spark.read().parquet(options.input());
    }
    // Every column the mapping may read, as text (a number or true/false keeps its JSON text), and
    // the raw line of a record that is not JSON.
    Set<String> columns = new LinkedHashSet<>();
    for (FieldMapping.Field field : FieldMapping.Field.values()) {
      columns.addAll(options.mapping().columns(field));
    }
    List<StructField> fields = new ArrayList<>();
    for (String column : columns) {
      fields.add(DataTypes.createStructField(column, DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
    return spark.read().schema(new StructType(fields.toArray(StructField[]::new)))
        .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT).json(options.input());
  }

  /** Audits one partition's records as Spark asks for them (one at a time); runs on an executor. */
  private static Iterator<Row> audit(Iterator<Row> rows, StructType schema, FieldMapping mapping, String overlay,
      Severity severity) {
    Auditor auditor = new Auditor(overlay == null ? List.of() : List.of(executorFile(overlay)), severity);
    int partition = TaskContext.getPartitionId();
    return new Iterator<>() {
      private int ordinal;

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        ordinal++;
        return auditOne(rows.next(), auditor, schema, mapping, "record " + ordinal + " of partition " + partition);
      }
    };
  }

  private static Row auditOne(Row row, Auditor auditor, StructType schema, FieldMapping mapping, String position) {
    String id = text(row, schema, mapping.columns(FieldMapping.Field.ID).get(0));
    String where = id != null ? "record " + id : position;
    if (text(row, schema, CORRUPT) != null) {
      return ReplyRows.skipped(new Skipped(where, "invalid JSON"), id);
    }
    try {
      return ReplyRows.audited(auditor.audit(RecordFields.toReply(where, mapping, column -> text(row, schema, column))));
    } catch (RecordFields.Invalid | Auditor.NotAudited e) {
      return ReplyRows.skipped(new Skipped(where, e.getMessage()), id);
    } catch (RulePackException e) {
      throw e; // the overlay is wrong for every record: the job fails with its message
    } catch (RuntimeException | StackOverflowError e) {
      return ReplyRows.skipped(new Skipped(where, "check failed: " + e), id);
    }
  }

  private static Iterator<AuditSummary> summarise(Iterator<Row> rows) {
    AuditSummary summary = new AuditSummary();
    while (rows.hasNext()) {
      Row row = rows.next();
      Skipped skipped = ReplyRows.skippedOf(row);
      if (skipped != null) {
        summary.add(skipped);
      } else {
        summary.add(ReplyRows.auditedOf(row));
      }
    }
    return List.of(summary).iterator();
  }

  private static String text(Row row, StructType schema, String column) {
    int i = schema.getFieldIndex(column).getOrElse(() -> -1);
    return i < 0 || row.isNullAt(i) ? null : row.get(i).toString();
  }

  /** The overlay as given, or (shipped with spark-submit's files option) where Spark put it. */
  private static Path executorFile(String overlay) {
    Path given = Path.of(overlay);
    return Files.exists(given) ? given : Path.of(SparkFiles.get(given.getFileName().toString()));
  }

  private void writeSummary(SparkSession spark, AuditSummary summary) throws IOException {
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(options.out(), "summary.json");
    FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
    try (OutputStream out = fs.create(file, true)) {
      out.write(SummaryJson.text(summary, options.pseudonymise()).getBytes(StandardCharsets.UTF_8));
    }
  }
}
