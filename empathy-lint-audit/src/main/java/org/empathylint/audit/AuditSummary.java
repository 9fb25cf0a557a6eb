package org.empathylint.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.empathylint.Draft;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;
import org.empathylint.structure.CustomerMessages;
import org.empathylint.structure.DraftStructure;
import org.empathylint.structure.HtmlDraft;
import org.jsoup.Jsoup;

/**
 * What an audit counted: replies checked, those skipped and why, per category how many replies have a
 * finding and how many findings there are, the same per language, team, agent and month, and the
 * phrases flagged most often. Not thread-safe: count on one thread, or count per thread (or per
 * Spark partition) and {@link #merge} the summaries; the result does not depend on the order.
 */
public final class AuditSummary implements Serializable {
  private static final long serialVersionUID = 1L;
  /** At most this many skipped messages and records are listed (all are counted). */
  public static final int MAX_LISTED_SKIPPED = 1000;

  private final CategoryCounts total = new CategoryCounts();
  private final Map<String, CategoryCounts> byLanguage = new TreeMap<>();
  private final Map<String, CategoryCounts> byTeam = new TreeMap<>();
  private final Map<String, CategoryCounts> byAgent = new TreeMap<>();
  private final Map<String, CategoryCounts> byMonth = new TreeMap<>();
  private final EnumMap<FindingCategory, Map<String, PhraseCount>> phrases = new EnumMap<>(FindingCategory.class);
  private long skippedCount;
  private final TreeSet<Skipped> skipped = new TreeSet<>();

  /** Counts one audited reply. */
  public void add(AuditedReply audited) {
    Reply reply = audited.reply();
    List<Finding> findings = audited.findings();
    total.add(findings);
    addTo(byLanguage, reply.language(), findings);
    addTo(byTeam, reply.team(), findings);
    addTo(byAgent, reply.agent(), findings);
    addTo(byMonth, month(reply.date()), findings);
    Draft draft = reply.draft();
    List<String> customerNames = null;
    for (Finding finding : findings) {
      if (finding.category().scope() == FindingCategory.Scope.SPAN) {
        if (customerNames == null && !finding.suggestions().isEmpty()) {
          customerNames = customerNames(reply);
        }
        phrases.computeIfAbsent(finding.category(), c -> new HashMap<>())
            .computeIfAbsent(phrase(finding, draft), p -> new PhraseCount())
            .add(generalSuggestion(finding, customerNames), finding.message());
      }
    }
  }

  /**
   * The finding's first suggestion that does not name this customer ("Beste Sandra" is no wording
   * for the whole archive), or null.
   */
  private static String generalSuggestion(Finding finding, List<String> customerNames) {
    for (String suggestion : finding.suggestions()) {
      if (customerNames.stream().noneMatch(name -> mentions(suggestion, name))) {
        return suggestion;
      }
    }
    return null;
  }

  private static boolean mentions(String text, String word) {
    return Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})").matcher(text).find();
  }

  /**
   * The capitalised words of the customer's signed name ("Sandra", "Wit" of "Sandra de Wit"), from
   * the customer message or the one the reply quotes.
   */
  private static List<String> customerNames(Reply reply) {
    String customer = reply.customer();
    if (customer == null) {
      customer = (reply.html() ? HtmlDraft.parse(reply.text()).quotedMessage()
          : DraftStructure.parse(reply.text()).quotedMessage()).orElse(null);
    }
    return CustomerMessages.signatureName(customer).stream()
        .flatMap(name -> Arrays.stream(name.split("[\\s.]+")))
        .filter(word -> word.length() > 1 && Character.isUpperCase(word.charAt(0)))
        .toList();
  }

  /** Counts one message or record that could not be audited. */
  public void add(Skipped skip) {
    skippedCount++;
    skipped.add(skip);
    if (skipped.size() > MAX_LISTED_SKIPPED) {
      skipped.pollLast();
    }
  }

  /** Adds another summary's counts to this one. */
  public void merge(AuditSummary other) {
    total.merge(other.total);
    mergeInto(byLanguage, other.byLanguage);
    mergeInto(byTeam, other.byTeam);
    mergeInto(byAgent, other.byAgent);
    mergeInto(byMonth, other.byMonth);
    other.phrases.forEach((category, counts) -> {
      Map<String, PhraseCount> mine = phrases.computeIfAbsent(category, c -> new HashMap<>());
      counts.forEach((phrase, count) -> mine.computeIfAbsent(phrase, p -> new PhraseCount()).merge(count));
    });
    skippedCount += other.skippedCount;
    for (Skipped skip : other.skipped) {
      skipped.add(skip);
      if (skipped.size() > MAX_LISTED_SKIPPED) {
        skipped.pollLast();
      }
    }
  }

  public CategoryCounts total() {
    return total;
  }

  public long skippedCount() {
    return skippedCount;
  }

  /** The skipped messages and records, ordered by where they are; at most {@link #MAX_LISTED_SKIPPED}. */
  public List<Skipped> skipped() {
    return List.copyOf(skipped);
  }

  public Map<String, CategoryCounts> byLanguage() {
    return byLanguage;
  }

  public Map<String, CategoryCounts> byTeam() {
    return byTeam;
  }

  public Map<String, CategoryCounts> byAgent() {
    return byAgent;
  }

  /** Per month ("2026-03"), in order. */
  public Map<String, CategoryCounts> byMonth() {
    return byMonth;
  }

  /** The {@code limit} phrases of the category flagged most often, most frequent first (ties alphabetical). */
  public List<Map.Entry<String, PhraseCount>> topPhrases(FindingCategory category, int limit) {
    return phrases.getOrDefault(category, Map.of()).entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, PhraseCount>>comparingLong(e -> -e.getValue().count())
            .thenComparing(Map.Entry::getKey))
        .limit(limit)
        .toList();
  }

  /** The span categories with flagged phrases. */
  public List<FindingCategory> phraseCategories() {
    return List.copyOf(phrases.keySet());
  }

  /** The flagged words as a reader sees them: without markup, lower case, single spaces. */
  static String phrase(Finding finding, Draft draft) {
    String flagged = finding.flaggedText(draft);
    if (draft.isHtml()) {
      flagged = Jsoup.parseBodyFragment(flagged).text();
    }
    return flagged.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static String month(LocalDate date) {
    return date == null ? null : date.toString().substring(0, 7);
  }

  private static void addTo(Map<String, CategoryCounts> breakdown, String key, List<Finding> findings) {
    if (key != null) {
      breakdown.computeIfAbsent(key, k -> new CategoryCounts()).add(findings);
    }
  }

  private static void mergeInto(Map<String, CategoryCounts> mine, Map<String, CategoryCounts> other) {
    other.forEach((key, counts) -> mine.computeIfAbsent(key, k -> new CategoryCounts()).merge(counts));
  }

  /** The same summary with agent names replaced by {@code names}. */
  AuditSummary withAgentsRenamed(Function<String, String> names) {
    AuditSummary renamed = new AuditSummary();
    renamed.merge(this);
    renamed.byAgent.clear();
    byAgent.forEach((agent, counts) -> renamed.byAgent
        .computeIfAbsent(names.apply(agent), k -> new CategoryCounts()).merge(counts));
    return renamed;
  }
}
