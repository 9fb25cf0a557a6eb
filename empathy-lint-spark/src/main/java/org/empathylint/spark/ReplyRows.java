package org.empathylint.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;
import org.empathylint.Severity;
import org.empathylint.audit.AuditedReply;
import org.empathylint.audit.Reply;
import org.empathylint.audit.Skipped;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One row per input record after the audit: the reply's fields, and its findings or the reason it
 * was skipped. The reply's text and customer message are kept for the summary's phrases and dropped
 * from the findings written out.
 */
final class ReplyRows {
  static final StructType FINDING = new StructType(new StructField[] {
      DataTypes.createStructField("rule_id", DataTypes.StringType, false),
      DataTypes.createStructField("category", DataTypes.StringType, false),
      DataTypes.createStructField("message", DataTypes.StringType, false),
      DataTypes.createStructField("short_message", DataTypes.StringType, false),
      DataTypes.createStructField("offset", DataTypes.IntegerType, false),
      DataTypes.createStructField("length", DataTypes.IntegerType, false),
      DataTypes.createStructField("suggestions", DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField("severity", DataTypes.StringType, false)});
  static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("where", DataTypes.StringType, false),
      DataTypes.createStructField("id", DataTypes.StringType, true),
      DataTypes.createStructField("lang", DataTypes.StringType, true),
      DataTypes.createStructField("agent", DataTypes.StringType, true),
      DataTypes.createStructField("team", DataTypes.StringType, true),
      DataTypes.createStructField("date", DataTypes.StringType, true),
      DataTypes.createStructField("skipped", DataTypes.StringType, true),
      DataTypes.createStructField("findings", DataTypes.createArrayType(FINDING, false), true),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("html", DataTypes.BooleanType, true),
      DataTypes.createStructField("customer", DataTypes.StringType, true)});
  /** Kept for the summary, not written with the findings. */
  static final String[] INTERNAL = {"text", "html", "customer"};

  private ReplyRows() {
  }

  static Row audited(AuditedReply audited) {
    Reply r = audited.reply();
    List<Row> findings = new ArrayList<>();
    for (Finding f : audited.findings()) {
      findings.add(RowFactory.create(f.ruleId(), f.category().id(), f.message(), f.shortMessage(), f.offset(),
          f.length(), seq(f.suggestions()), f.severity().name()));
    }
    return RowFactory.create(r.where(), r.id(), r.language(), r.agent(), r.team(),
        r.date() == null ? null : r.date().toString(), null, seq(findings), r.text(), r.html(), r.customer());
  }

  /** Spark's rows hold arrays as Scala sequences. */
  private static <T> scala.collection.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list);
  }

  static Row skipped(Skipped skipped, String id) {
    return RowFactory.create(skipped.where(), id, null, null, null, null, skipped.reason(), null, null, null, null);
  }

  /** A skipped row's reason, or null for an audited one. */
  static Skipped skippedOf(Row row) {
    String reason = row.getAs("skipped");
    return reason == null ? null : new Skipped(row.getAs("where"), reason);
  }

  /** An audited row as the summary counts it. */
  static AuditedReply auditedOf(Row row) {
    String date = row.getAs("date");
    Reply reply = new Reply(row.getAs("where"), row.getAs("id"), row.getAs("text"), row.<Boolean>getAs("html"),
        row.getAs("customer"), row.getAs("lang"), row.getAs("agent"), row.getAs("team"),
        date == null ? null : LocalDate.parse(date));
    List<Finding> findings = new ArrayList<>();
    for (Row f : row.<Row>getList(row.fieldIndex("findings"))) {
      findings.add(new Finding(f.getString(0), FindingCategory.valueOf(f.getString(1)), f.getString(2),
          f.getString(3), f.getInt(4), f.getInt(5), f.<String>getList(6), Severity.valueOf(f.getString(7))));
    }
    return new AuditedReply(reply, findings);
  }
}
