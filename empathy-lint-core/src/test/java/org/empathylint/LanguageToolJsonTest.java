package org.empathylint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.languagetool.DetectedLanguage;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.tools.RuleMatchesAsJsonSerializer;
import org.junit.jupiter.api.Test;

/** The JSON answer stays linear in the text, and an interrupted check stops (on the test pack). */
class LanguageToolJsonTest {
  private static EmpathyLinter linter;

  @BeforeAll
  static void build() {
    linter = EmpathyLinter.builder("da").build();
  }

  @Test
  void manyMatchesInOneLongSentenceDoNotEachCopyTheSentence() throws Exception {
    String oneSentence = "Din ticket " + "og din ticket ".repeat(2_000) + "er her.";

    LintResult result = linter.check(Draft.of(oneSentence));
    String json = result.toLanguageToolJson();

    JsonNode matches = new ObjectMapper().readTree(json).get("matches");
    assertThat(matches.size()).isGreaterThan(1_000);
    assertThat(json.length()).isLessThan(1_000 * matches.size()); // the sentence alone is 28,000 characters
    for (JsonNode match : matches) {
      assertThat(match.get("sentence").asText().length()).isLessThanOrEqualTo(LanguageToolJson.SENTENCE_CHARS);
      int offset = match.at("/context/offset").asInt();
      String context = match.at("/context/text").asText();
      int length = match.get("length").asInt();
      int from = match.get("offset").asInt();
      assertThat(context.substring(offset, offset + length)).isEqualTo(oneSentence.substring(from, from + length));
    }
  }

  @Test
  void aShortSentenceIsGivenWholeWithItsContext() throws Exception {
    LintResult result = linter.check(Draft.of("Din ticket er eskaleret."));
    JsonNode answer = new ObjectMapper().readTree(result.toLanguageToolJson());
    JsonNode match = answer.get("matches").get(0);

    assertThat(match.get("sentence").asText()).isEqualTo("Din ticket er eskaleret.");
    assertThat(match.at("/context/text").asText()).isEqualTo("Din ticket er eskaleret.");
    assertThat(answer.at("/warnings/incompleteResults").asBoolean(true)).isFalse();
  }

  @Test
  void forShortSentencesTheAnswerIsExactlyWhatLanguageToolsOwnSerializerWrites() throws Exception {
    String draft = "Kære kunde\n\nDin ticket er eskaleret. Jeg har oprettet en ticket mere.\n";
    LintResult result = linter.check(Draft.of(draft));
    Language danish = Languages.getLanguageForShortCode("da");
    String languageTools = new RuleMatchesAsJsonSerializer(0, danish).ruleMatchesToJson(result.ruleMatches(),
        List.of(), result.annotatedText(), LanguageToolJson.CONTEXT_CHARS, new DetectedLanguage(danish, danish), null,
        false);

    // LanguageTool's answer with our one addition: each match's severity.
    ObjectMapper json = new ObjectMapper();
    JsonNode expected = json.readTree(languageTools);
    for (int i = 0; i < result.findings().size(); i++) {
      ((ObjectNode) expected.get("matches").get(i)).put("severity", result.findings().get(i).severity().lowerCaseName());
    }
    assertThat(json.readTree(result.toLanguageToolJson())).isEqualTo(expected);
    assertThat(result.ruleMatches()).hasSizeGreaterThan(2);
  }

  @Test
  void oneSeverityPerMatchIsRequired() {
    LintResult result = linter.check(Draft.of("Din ticket er eskaleret."));
    assertThatThrownBy(() -> LanguageToolJson.write(result.ruleMatches(), List.of(), "Din ticket er eskaleret.",
        new DetectedLanguage(Languages.getLanguageForShortCode("da"), Languages.getLanguageForShortCode("da")), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(result.ruleMatches().size() + " matches but 0 severities");
  }

  @Test
  void anInterruptedCheckStopsWithCancellation() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> linter.check(Draft.of("Din ticket er eskaleret.")))
          .isInstanceOf(CancellationException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
