package org.empathylint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.languagetool.AnalyzedSentence;
import org.languagetool.DetectedLanguage;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Tag;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.SuggestedReplacement;

/**
 * Writes matches as LanguageTool's {@code /v2/check} response, in a size linear in the text: each
 * match carries a {@code context} window of {@value #CONTEXT_CHARS} characters either side of it (as
 * LanguageTool's server does), its {@code sentence} only when that is at most {@value #SENTENCE_CHARS}
 * characters long (a longer sentence is given as the context window), and at most a given number of
 * matches are listed: when more were found, LanguageTool's own {@code warnings} section says so
 * ({@code "incompleteResults": true} and a reason). Each match also carries its finding's
 * {@code "severity"} ({@code "hint"}, {@code "suggestion"} or {@code "warning"}): a field of ours
 * that LanguageTool's clients skip, as they read only the fields they know.
 */
public final class LanguageToolJson {
  /** Characters of text either side of a match in its {@code context}, as LanguageTool's server. */
  public static final int CONTEXT_CHARS = 40;
  /** Longer sentences are not copied into each of their matches; the context window stands for them. */
  public static final int SENTENCE_CHARS = 300;

  private static final JsonFactory JSON = new JsonFactory();
  private static final String ELLIPSIS = "...";
  private static final int API_VERSION = 1;

  private final DetectedLanguage detected;
  private final Language language;
  private final String original;
  private final Map<AnalyzedSentence, String> sentences = new IdentityHashMap<>();

  private LanguageToolJson(DetectedLanguage detected, String original) {
    this.detected = detected;
    this.language = detected.getGivenLanguage();
    this.original = original;
  }

  /**
   * The response for these matches.
   *
   * @param matches    in text order, with offsets into {@code original}
   * @param severities the severity of each match's finding, in the same order
   * @param original   the text the offsets point into (text and markup together)
   * @param language   the language checked ({@link DetectedLanguage#getGivenLanguage()}, the JSON's
   *                   {@code language}) and how it was found (its {@code detectedLanguage}: the
   *                   detected language, the confidence and the source)
   * @param maxMatches the most matches listed; more are left out and marked as incomplete results
   * @throws IllegalArgumentException when there is not one severity per match
   */
  public static String write(List<RuleMatch> matches, List<Severity> severities, String original,
      DetectedLanguage language, int maxMatches) {
    if (severities.size() != matches.size()) {
      throw new IllegalArgumentException(matches.size() + " matches but " + severities.size() + " severities");
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      new LanguageToolJson(language, original).write(g, matches, severities, maxMatches);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private void write(JsonGenerator g, List<RuleMatch> matches, List<Severity> severities, int maxMatches)
      throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("software");
    g.writeStringField("name", "LanguageTool");
    g.writeStringField("version", JLanguageTool.VERSION);
    g.writeStringField("buildDate", JLanguageTool.BUILD_DATE);
    g.writeNumberField("apiVersion", API_VERSION);
    g.writeBooleanField("premium", false);
    g.writeStringField("status", "");
    g.writeEndObject();
    g.writeObjectFieldStart("warnings");
    boolean incomplete = matches.size() > maxMatches;
    g.writeBooleanField("incompleteResults", incomplete);
    if (incomplete) {
      g.writeStringField("incompleteResultsReason", "only the first " + maxMatches + " of " + matches.size()
          + " matches are listed");
    }
    g.writeEndObject();
    writeLanguage(g);
    g.writeArrayFieldStart("matches");
    for (int i = 0; i < Math.min(maxMatches, matches.size()); i++) {
      writeMatch(g, matches.get(i), severities.get(i));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sentenceRanges");
    g.writeEndArray();
    g.writeArrayFieldStart("extendedSentenceRanges");
    g.writeEndArray();
    g.writeEndObject();
  }

  private void writeLanguage(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("language");
    g.writeStringField("name", language.getName());
    g.writeStringField("code", language.getShortCodeWithCountryAndVariant());
    g.writeObjectFieldStart("detectedLanguage");
    g.writeStringField("name", detected.getDetectedLanguage().getName());
    g.writeStringField("code", detected.getDetectedLanguage().getShortCodeWithCountryAndVariant());
    g.writeNumberField("confidence", detected.getDetectionConfidence());
    g.writeStringField("source", detected.getDetectionSource());
    g.writeEndObject();
    g.writeEndObject();
  }

  private void writeMatch(JsonGenerator g, RuleMatch match, Severity severity) throws IOException {
    g.writeStartObject();
    g.writeStringField("message", language.toAdvancedTypography(match.getMessage()));
    if (match.getShortMessage() != null) {
      g.writeStringField("shortMessage", language.toAdvancedTypography(match.getShortMessage()));
    }
    g.writeArrayFieldStart("replacements");
    for (SuggestedReplacement replacement : match.getSuggestedReplacementObjects()) {
      g.writeStartObject();
      g.writeStringField("value", replacement.getReplacement());
      if (replacement.getShortDescription() != null) {
        g.writeStringField("shortDescription", replacement.getShortDescription());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    int length = match.getToPos() - match.getFromPos();
    g.writeNumberField("offset", match.getFromPos());
    g.writeNumberField("length", length);
    // As LanguageTool's ContextTools: "..." where the window cuts the text, line breaks as spaces.
    int start = Math.max(0, match.getFromPos() - CONTEXT_CHARS);
    int end = Math.min(original.length(), match.getToPos() + CONTEXT_CHARS);
    String prefix = start > 0 ? ELLIPSIS : "";
    String contextText = prefix + original.substring(start, end).replace('\n', ' ')
        + (end < original.length() ? ELLIPSIS : "");
    g.writeObjectFieldStart("context");
    g.writeStringField("text", contextText);
    g.writeNumberField("offset", prefix.length() + match.getFromPos() - start);
    g.writeNumberField("length", length);
    g.writeEndObject();
    if (match.getSentence() != null) {
      String sentence = sentences.computeIfAbsent(match.getSentence(), s -> s.getText().trim());
      g.writeStringField("sentence", sentence.length() <= SENTENCE_CHARS ? sentence : contextText);
    }
    g.writeObjectFieldStart("type");
    g.writeStringField("typeName", match.getType().toString());
    g.writeEndObject();
    writeRule(g, match);
    int contextEstimate = match.getRule().estimateContextForSureMatch();
    g.writeBooleanField("ignoreForIncompleteSentence", contextEstimate == -1 || contextEstimate > 3);
    g.writeNumberField("contextForSureMatch", contextEstimate);
    g.writeStringField("severity", severity.lowerCaseName());
    g.writeEndObject();
  }

  private static void writeRule(JsonGenerator g, RuleMatch match) throws IOException {
    Rule rule = match.getRule();
    g.writeObjectFieldStart("rule");
    g.writeStringField("id", match.getSpecificRuleId());
    if (rule.getSubId() != null) {
      g.writeStringField("subId", rule.getSubId());
    }
    g.writeStringField("description", rule.getDescription());
    g.writeStringField("issueType", rule.getLocQualityIssueType().toString());
    if (rule.isDefaultTempOff()) {
      g.writeBooleanField("tempOff", true);
    }
    if (match.getUrl() != null || rule.getUrl() != null) {
      g.writeArrayFieldStart("urls");
      g.writeStartObject();
      g.writeStringField("value", String.valueOf(match.getUrl() != null ? match.getUrl() : rule.getUrl()));
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeObjectFieldStart("category");
    g.writeStringField("id", rule.getCategory().getId().toString());
    g.writeStringField("name", rule.getCategory().getName());
    g.writeEndObject();
    if (!rule.getTags().isEmpty()) {
      g.writeArrayFieldStart("tags");
      for (Tag tag : rule.getTags()) {
        g.writeString(tag.name());
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
