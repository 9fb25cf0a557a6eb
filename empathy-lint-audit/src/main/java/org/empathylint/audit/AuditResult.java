package org.empathylint.audit;

/** What an audit run produced: the counts and the example replies for the report. */
public record AuditResult(AuditSummary summary, ExampleReplies examples) {
}
