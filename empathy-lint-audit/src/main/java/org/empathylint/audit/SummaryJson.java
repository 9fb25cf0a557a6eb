package org.empathylint.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.empathylint.FindingCategory;

/**
 * Writes an {@link AuditSummary} as {@code summary.json}:
 *
 * <pre>{@code
 * {"replies": 1200,
 *  "skipped": {"count": 2, "listed": [{"where": "sent.mbox message 17", "reason": "no readable From address"}]},
 *  "categories": {"MISSING_ACKNOWLEDGEMENT": {"replies_with": 610, "findings": 610}, ...},
 *  "by_language": {"nl": {"replies": 800, "categories": {...}}, ...},
 *  "by_team": {...}, "by_agent": {...}, "by_month": {"2026-03": {...}, ...},
 *  "top_phrases": {"COLD_PHRASE": [{"phrase": "in goede orde ontvangen", "count": 97,
 *                                   "suggestion": null, "advice": "..."}, ...], ...}}
 * }</pre>
 */
public final class SummaryJson {
  /** Phrases listed per category. */
  public static final int TOP_PHRASES = 10;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryJson() {
  }

  /** The summary as a JSON tree. */
  public static ObjectNode toJson(AuditSummary summary) {
    ObjectNode root = JSON.createObjectNode();
    root.put("replies", summary.total().replies());
    ObjectNode skipped = root.putObject("skipped");
    skipped.put("count", summary.skippedCount());
    ArrayNode listed = skipped.putArray("listed");
    for (Skipped skip : summary.skipped()) {
      listed.addObject().put("where", skip.where()).put("reason", skip.reason());
    }
    root.set("categories", categories(summary.total()));
    breakdown(root.putObject("by_language"), summary.byLanguage());
    breakdown(root.putObject("by_team"), summary.byTeam());
    breakdown(root.putObject("by_agent"), summary.byAgent());
    breakdown(root.putObject("by_month"), summary.byMonth());
    ObjectNode top = root.putObject("top_phrases");
    for (FindingCategory category : summary.phraseCategories()) {
      ArrayNode phrases = top.putArray(category.id());
      for (Map.Entry<String, PhraseCount> entry : summary.topPhrases(category, TOP_PHRASES)) {
        phrases.addObject()
            .put("phrase", entry.getKey())
            .put("count", entry.getValue().count())
            .put("suggestion", entry.getValue().suggestion())
            .put("advice", entry.getValue().advice());
      }
    }
    return root;
  }

  /**
   * The file's text, indented.
   *
   * @param pseudonymise agents as "Agent 1", "Agent 2" … (numbered in alphabetical order)
   */
  public static String text(AuditSummary summary, boolean pseudonymise) {
    AuditSummary shown = summary;
    if (pseudonymise) {
      Pseudonyms pseudonyms = new Pseudonyms(summary.byAgent().keySet());
      shown = summary.withAgentsRenamed(pseudonyms::agent);
    }
    try {
      return JSON.writeValueAsString(toJson(shown)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of counts and strings is always JSON", e);
    }
  }

  private static ObjectNode categories(CategoryCounts counts) {
    ObjectNode categories = JSON.createObjectNode();
    CategoryCounts.reported(counts).forEach((category, values) -> categories.putObject(category.id())
        .put("replies_with", values[0])
        .put("findings", values[1]));
    return categories;
  }

  private static void breakdown(ObjectNode node, Map<String, CategoryCounts> breakdown) {
    breakdown.forEach((key, counts) -> {
      ObjectNode entry = node.putObject(key);
      entry.put("replies", counts.replies());
      entry.set("categories", categories(counts));
    });
  }
}
