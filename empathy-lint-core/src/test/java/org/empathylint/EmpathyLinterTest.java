package org.empathylint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.empathylint.engine.PackExamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/** The engine end to end on the small test pack in src/test/resources/testpack. */
class EmpathyLinterTest {
  private static EmpathyLinter linter;

  private static final String DRAFT = """
      Kære kunde

      Din ticket er eskaleret. Jeg har oprettet en ticket mere.

      Venlig hilsen
      Support, ticket-teamet

      Den 3. marts 2026 kl. 14.12 skrev Bo Nielsen <bo@example.dk>:
      > Kære kundeservice, min ticket er væk.
      > Hilsen Bo Nielsen
      """;

  @BeforeAll
  static void build() {
    linter = EmpathyLinter.builder("da").build();
  }

  private static List<String> flagged(Draft draft, LintResult result) {
    return result.findings().stream().map(f -> f.ruleId() + ":" + f.flaggedText(draft)).toList();
  }

  @Test
  void findsOurCategoriesWithOffsetsIntoTheOriginalText() {
    Draft draft = Draft.of(DRAFT);
    LintResult result = linter.check(draft);
    assertThat(flagged(draft, result)).containsExactly(
        "TEST_DEAR_CUSTOMER:Kære kunde",
        "EMPATHY_DA_MISSING_ACKNOWLEDGEMENT:Din",
        "TEST_TICKET:ticket",
        "TEST_ESCALATE:eskaleret",
        "TEST_TICKET:ticket");
    Finding ticket = result.findings().get(2);
    assertThat(ticket.category()).isEqualTo(FindingCategory.PROCESS_JARGON);
    assertThat(ticket.offset()).isEqualTo(DRAFT.indexOf("ticket"));
    assertThat(ticket.suggestions()).containsExactly("spørgsmål");
    assertThat(ticket.severity()).isEqualTo(Severity.WARNING);
    assertThat(ticket.message()).isEqualTo("Skriv om kundens spørgsmål.");
    assertThat(ticket.shortMessage()).isEqualTo("Intern fagjargon");
  }

  @Test
  void aQuotedLabelKeepsItsFindingButOffersNoReplacementAndALongQuotationIsNotChecked() {
    Draft label = Draft.of("Under punktet ‘ticket’ i appen kan du se svaret.");
    assertThat(ticketFindings(label)).singleElement().satisfies(f -> {
      assertThat(f.suggestions()).isEmpty();
      assertThat(f.message()).isEqualTo("Skriv om kundens spørgsmål.");
    });
    Draft plain = Draft.of("Under punktet ticket i appen kan du se svaret.");
    assertThat(ticketFindings(plain)).singleElement()
        .satisfies(f -> assertThat(f.suggestions()).containsExactly("spørgsmål"));
    Draft quotedRule = Draft.of("Reglen siger: “Alle henvendelser oprettes som en ticket i systemet med det samme.” Sådan gør vi.");
    assertThat(ticketFindings(quotedRule)).isEmpty();
  }

  private static List<Finding> ticketFindings(Draft draft) {
    return linter.check(draft).findings().stream().filter(f -> f.ruleId().equals("TEST_TICKET")).toList();
  }

  @Test
  void leavesSignatureAndQuotedHistoryAloneButReadsTheCustomerFromIt() {
    Draft draft = Draft.of(DRAFT);
    LintResult result = linter.check(draft);
    int signature = DRAFT.indexOf("Venlig hilsen");
    assertThat(result.findings()).allMatch(f -> f.endOffset() <= signature);
    Finding address = result.findings().get(0);
    assertThat(address.suggestions()).containsExactly("Kære Bo Nielsen", "Hej");
  }

  @Test
  void aGivenCustomerMessageNamesTheCustomerAndCanShowDistress() {
    Draft draft = Draft.of("Kære kunde\n\nTak for din besked. Jeg har lukket kontoen.\n",
        "Min mor døde i sidste uge. Luk hendes konto.\nHilsen Karin Holm");
    List<Finding> findings = linter.check(draft).findings();
    assertThat(findings).extracting(Finding::category)
        .containsExactly(FindingCategory.IMPERSONAL_ADDRESS, FindingCategory.MISSING_ACKNOWLEDGEMENT);
    assertThat(findings.get(0).suggestions()).startsWith("Kære Karin Holm");
    assertThat(findings.get(1).suggestions())
        .containsExactly("Det er jeg ked af at høre. Tak");
    assertThat(linter.check(draft.withCustomerMessage("Luk min konto.\nHilsen Karin")).findings())
        .extracting(Finding::category).containsExactly(FindingCategory.IMPERSONAL_ADDRESS);
  }

  @Test
  void theCustomerMessageCanShowAWordIsMeantInItsEverydaySense() {
    Draft draft = Draft.of("Hej Bo\n\nTak for din mail. Din ticket ligger i appen.\n");
    assertThat(linter.check(draft).findings()).extracting(Finding::ruleId).containsExactly("TEST_TICKET");
    assertThat(linter.check(draft.withCustomerMessage("Jeg kan ikke finde min ticket til koncerten.\nBo"))
        .findings()).isEmpty();
  }

  @Test
  void suggestionsFollowTheDraftsFormOfAddress() {
    Finding informal = linter.check(Draft.of("Hej Bo\n\nTak for din mail. Din sag er eskaleret.\n")).findings().get(0);
    assertThat(informal.suggestions()).containsExactly("givet videre til en kollega, der ringer til dig");
    Finding formal = linter.check(Draft.of("Hej Bo\n\nTak for Deres mail. Deres sag er eskaleret.\n")).findings().get(0);
    assertThat(formal.suggestions()).containsExactly("givet videre til en kollega, der ringer til Dem");
    Finding neither = linter.check(Draft.of("Hej Bo\n\nTak for mailen. Sagen er eskaleret.\n")).findings().get(0);
    assertThat(neither.suggestions()).hasSize(2);
  }

  @Test
  void flagsARequestBeforeTheAcknowledgementAsLate() {
    String text = "Hej Bo\n\nSend os dit ordrenummer. Jeg forstår godt, at du er træt af det.\n";
    List<Finding> findings = linter.check(Draft.of(text)).findings();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.category()).isEqualTo(FindingCategory.LATE_ACKNOWLEDGEMENT);
      // The finding stands on the request's first word; the suggestion puts a recognition before it
      // (moving the draft's own later recognition would leave it in the draft twice).
      assertThat(text.substring(f.offset(), f.endOffset())).isEqualTo("Send");
      assertThat(f.suggestions()).containsExactly("Det forstår jeg godt. Send");
    });
  }

  @Test
  void everyExampleOfTheTestPackHolds() {
    List<String> failures = new ArrayList<>();
    for (PackExamples.Check check : PackExamples.of(linter)) {
      check.verify().ifPresent(problem -> failures.add(check.source() + " " + check.name() + ": " + problem));
    }
    assertThat(failures).isEmpty();
    assertThat(PackExamples.of(linter)).hasSizeGreaterThan(10);
  }

  @Test
  void anOverlayWhoseExampleDoesNotHoldIsRefused(@TempDir Path dir) throws Exception {
    Path overlay = dir.resolve("broken.yaml");
    Files.writeString(overlay, """
        category: PROCESS_JARGON
        rules:
          - id: ACME_WRONG
            phrase: "[backoffice]"
            message: Intern ord.
            suggestions: [kollega]
            examples:
              bad: ["Jeg har spurgt <<vores>> backoffice."]
        """);
    assertThatThrownBy(() -> EmpathyLinter.builder("da").overlay(overlay).build())
        .isInstanceOf(RulePackException.class)
        .hasMessage(overlay + ":8:13: example does not hold: ACME_WRONG flags: Jeg har spurgt vores backoffice.:"
            + " expected ACME_WRONG at \"vores\" but it flagged \"backoffice\"");
  }

  @Test
  void aPhraseAnywhereInTheReplyCancelsTheEntryInEverySentence(@TempDir Path dir) throws Exception {
    Path overlay = dir.resolve("ferry.yaml");
    Files.writeString(overlay, """
        language: da
        category: PROCESS_JARGON
        rules:
          - id: ACME_BILLET
            phrase: "[billet]"
            unless_text: ["færgebillet"]
            message: Kunden har en sag, ikke en billet.
            examples:
              bad: ["Din <<billet>> ligger hos en kollega."]
              good: ["Din færgebillet er betalt, og din billet gælder i dag."]
        """);
    EmpathyLinter acme = EmpathyLinter.builder("da").overlay(overlay).build();
    assertThat(ruleIds(acme, "Hej Bo\n\nDin billet ligger hos en kollega.\n")).contains("ACME_BILLET");
    assertThat(ruleIds(acme, "Hej Bo\n\nDin billet ligger hos en kollega. Prisen står på din færgebillet.\n"))
        .doesNotContain("ACME_BILLET");
  }

  private static List<String> ruleIds(EmpathyLinter linter, String text) {
    return linter.check(Draft.of(text)).findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void overlaysAddEntriesAndSwitchThemOff(@TempDir Path dir) throws Exception {
    Path overlay = dir.resolve("acme.yaml");
    Files.writeString(overlay, """
        language: da
        category: PROCESS_JARGON
        rules:
          - id: ACME_BACKOFFICE
            phrase: "[backoffice]"
            message: Kunden kender ikke vores afdelinger.
            suggestions: [en kollega]
            examples:
              bad: ["Jeg har spurgt vores <<backoffice>>."]
          - id: TEST_TICKET
            enabled: false
        """);
    EmpathyLinter acme = EmpathyLinter.builder("da").overlay(overlay).build();
    assertThat(ruleIds(acme, "Hej Bo\n\nTak for din mail. Din ticket ligger hos vores backoffice.\n"))
        .containsExactly("ACME_BACKOFFICE");
  }

  @Test
  void replyOnlyEntriesFindOnlyInRepliesAndTakeNothingFromOthersElsewhere(@TempDir Path dir) throws Exception {
    Path overlay = dir.resolve("acme.yaml");
    Files.writeString(overlay, """
        language: da
        category: PROCESS_JARGON
        rules:
          - id: ACME_TICKET_CLOSED
            phrase: "[din ticket er lukket]"
            reply_only: true
            message: Sig, hvad der er sket med kundens sag.
            examples:
              bad: ["<<Din ticket er lukket>>."]
              good: ["Jeg har svaret på dit spørgsmål."]
        """);
    EmpathyLinter acme = EmpathyLinter.builder("da").overlay(overlay).build();
    String body = "Din ticket er lukket.\n";

    // A help page or leaflet: no customer message, no salutation. The shorter pack entry still finds
    // its word, although the reply-only entry's longer match would have won the overlap in a reply.
    assertThat(jargonIds(acme, Draft.of(body))).containsExactly("TEST_TICKET");
    // A reply: with a salutation, with a customer message given, or with the customer's mail quoted.
    assertThat(jargonIds(acme, Draft.of("Hej Bo\n\n" + body))).containsExactly("ACME_TICKET_CLOSED");
    assertThat(jargonIds(acme, Draft.of(body, "Hvor er min pakke?"))).containsExactly("ACME_TICKET_CLOSED");
    assertThat(jargonIds(acme, Draft.of(body + "\n> Hvor er min pakke?\n> Bo\n")))
        .containsExactly("ACME_TICKET_CLOSED");
    // Its examples are proved as replies.
    assertThat(PackExamples.of(acme)).filteredOn(check -> check.name().startsWith("ACME_")).hasSize(2)
        .allSatisfy(check -> assertThat(check.verify()).isEmpty());
  }

  private static List<String> jargonIds(EmpathyLinter linter, Draft draft) {
    return linter.check(draft).findings().stream().filter(f -> f.category() == FindingCategory.PROCESS_JARGON)
        .map(Finding::ruleId).toList();
  }

  @Test
  void aSharedOverlayAppliesToItsOwnLanguageAndNamesOneWithoutAPack(@TempDir Path dir) throws Exception {
    String overlay = """
        language: %s
        rules:
          - id: TEST_TICKET
            enabled: false
        """;
    Path danish = Files.writeString(dir.resolve("da.yaml"), overlay.formatted("da"));
    Path german = Files.writeString(dir.resolve("de.yaml"), overlay.formatted("de"));
    String text = "Hej Bo\n\nDin ticket er eskaleret.\n";

    assertThat(EmpathyLinter.builder("da").sharedOverlay(danish).build().check(Draft.of(text)).findings())
        .extracting(Finding::ruleId).contains("TEST_ESCALATE").doesNotContain("TEST_TICKET");
    assertThatThrownBy(() -> EmpathyLinter.builder("da").sharedOverlay(german).build())
        .isInstanceOf(RulePackException.class)
        .hasMessage(german + ":1:11: this overlay is for language 'de', which has no rule pack (available: da)");
    assertThatThrownBy(() -> EmpathyLinter.builder("da").overlay(german).build())
        .hasMessage(german + ":1:11: this overlay is for language 'de' but is applied to the 'da' pack");
  }

  @Test
  void disabledRulesCategoriesAndSeverityThresholdAreRespected() {
    String text = "Hej Bo\n\nTak for din mail. Din ticket er eskaleret.\n";
    assertThat(EmpathyLinter.builder("da").disableRules(List.of("TEST_TICKET")).build()
        .check(Draft.of(text)).findings()).extracting(Finding::ruleId).containsExactly("TEST_ESCALATE");
    assertThat(EmpathyLinter.builder("da").minimumSeverity(Severity.SUGGESTION).build()
        .check(Draft.of(text)).findings()).extracting(Finding::ruleId).containsExactly("TEST_TICKET");
    assertThat(EmpathyLinter.builder("da").minimumSeverity(Severity.WARNING).build()
        .check(Draft.of("Hej Bo\n\nDin ticket er eskaleret.\n")).findings())
        .extracting(Finding::ruleId).containsExactly("TEST_TICKET");
    assertThat(EmpathyLinter.builder("da").disableCategories(List.of(FindingCategory.PROCESS_JARGON)).build()
        .check(Draft.of(text)).findings()).isEmpty();
  }

  @Test
  void brokenOverlaysAndUnknownLanguagesFailClearly(@TempDir Path dir) throws Exception {
    Path overlay = dir.resolve("bad.yaml");
    Files.writeString(overlay, "rules:\n  - id: TEST_TICKET\n    enabeld: false\n");
    assertThatThrownBy(() -> EmpathyLinter.builder("da").overlay(overlay).build())
        .isInstanceOf(RulePackException.class)
        .hasMessageStartingWith(overlay + ":3:5: unknown key 'enabeld'");
    assertThatThrownBy(() -> EmpathyLinter.builder("xx").build())
        .isInstanceOf(UnsupportedLanguageException.class)
        .hasMessage("unknown language 'xx' (available: da, da-DK)");
    assertThatThrownBy(() -> EmpathyLinter.builder("da").overlay(dir.resolve("missing.yaml")).build())
        .hasMessageEndingWith("missing.yaml: file not found");
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add(i % 2 == 0 ? DRAFT : "Hej Bo\n\nSend os en ticket nr. " + i + ". Jeg forstår godt, at det er træls.\n");
    }
    List<List<String>> sequential = new ArrayList<>();
    for (String text : texts) {
      sequential.add(flagged(Draft.of(text), linter.check(Draft.of(text))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (String text : texts) {
        futures.add(pool.submit(() -> flagged(Draft.of(text), linter.check(Draft.of(text)))));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertThat(futures.get(i).get()).as("draft %d", i).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void answersInLanguageToolsJsonShape() {
    String json = linter.check(Draft.of(DRAFT)).toLanguageToolJson();
    assertThat(json).contains("\"matches\":[", "\"category\":{\"id\":\"PROCESS_JARGON\",\"name\":\"Intern fagjargon\"}",
        "\"id\":\"TEST_TICKET\"", "\"replacements\":[{\"value\":\"spørgsmål\"}]", "\"issueType\":\"style\"");
  }

  @Test
  void theJsonGrowsWithTheTextNotWithMatchesTimesSentenceLength() throws Exception {
    // One sentence of 16 KB with 800 findings: a copy of the sentence per match would be 13 MB.
    String text = "Hej Bo\n\n" + "din ticket er eskaleret og ".repeat(600) + "tak.\n";
    LintResult result = linter.check(Draft.of(text));
    String json = result.toLanguageToolJson();

    assertThat(result.findings()).hasSizeGreaterThan(800);
    // Each match carries a context window, at most 300 characters of its sentence and its severity:
    // well under the 13 MB of a whole-sentence copy per match.
    assertThat(json.length()).isLessThan(100 * text.length());
    JsonNode first = new ObjectMapper().readTree(json).get("matches").get(1);
    assertThat(first.get("context").get("text").asText()).hasSizeLessThanOrEqualTo(2 * 40 + 10);
    assertThat(first.at("/rule/id").asText()).isEqualTo("TEST_TICKET");
    assertThat(first.get("replacements").get(0).get("value").asText()).isEqualTo("spørgsmål");
  }

  @Test
  void eachJsonMatchCarriesItsFindingsSeverity() throws Exception {
    LintResult result = linter.check(Draft.of("Hej Bo\n\nDin ticket er eskaleret.\n"));
    JsonNode matches = new ObjectMapper().readTree(result.toLanguageToolJson()).get("matches");
    assertThat(result.findings()).extracting(Finding::ruleId)
        .containsExactly("EMPATHY_DA_MISSING_ACKNOWLEDGEMENT", "TEST_TICKET", "TEST_ESCALATE");
    assertThat(matches).hasSize(3);
    List<String> severities = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      assertThat(matches.get(i).at("/rule/id").asText()).isEqualTo(result.findings().get(i).ruleId());
      severities.add(matches.get(i).get("severity").asText());
    }
    assertThat(severities).containsExactly("suggestion", "warning", "hint");
  }

  @Test
  void hostsCanAddOurRulesToTheirOwnLanguageTool() throws Exception {
    JLanguageTool host = new JLanguageTool(Languages.getLanguageForShortCode("da"));
    EmpathyRules.addTo(host);
    host.setCleanOverlappingMatches(false);
    List<RuleMatch> matches = host.check("Din ticket er eskaleret.");
    assertThat(matches).extracting(RuleMatch::getSpecificRuleId).contains("TEST_TICKET", "TEST_ESCALATE");
  }

  @Test
  void aNullDraftIsRejectedByName() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> linter.check(null))
        .isInstanceOf(NullPointerException.class).hasMessage("draft must not be null");
  }

  @Test
  void invisibleFormatCharactersHideNoFindingAndShiftNoOffset() {
    String plain = "Hej Bo\n\nDin ticket er eskaleret. Din ticket er eskaleret. Din ticket er eskaleret.\n";
    // A right-to-left mark after each space, a zero-width joiner and a soft hyphen inside words.
    String marked = plain.replace(" ", " \u200F").replaceFirst("ticket", "tic\u00ADket")
        .replaceFirst("eskaleret", "eska\u200Dleret").replace("Bo", "Bo\u2060");

    List<Finding> expected = linter.check(Draft.of(plain)).findings();
    List<Finding> found = linter.check(Draft.of(marked)).findings();

    assertThat(expected).extracting(Finding::ruleId).filteredOn(id -> id.startsWith("TEST_")).hasSize(6);
    assertThat(found).extracting(Finding::ruleId).isEqualTo(expected.stream().map(Finding::ruleId).toList());
    assertThat(found).extracting(f -> marked.substring(f.offset(), f.offset() + f.length()).replaceAll("[\u00AD\u200D]", ""))
        .isEqualTo(expected.stream().map(f -> plain.substring(f.offset(), f.offset() + f.length())).toList());
  }
}
