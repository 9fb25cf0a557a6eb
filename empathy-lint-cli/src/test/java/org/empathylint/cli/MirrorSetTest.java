package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.yaml.snakeyaml.Yaml;

/**
 * The acknowledgement suggestions on the labelled set in {@code eval/mirror-*.yaml} (customer
 * message, cold draft, the customer's words a good recognising sentence reuses): in every case the
 * suggested sentences leave none of the customer's first person behind, are in the draft's form of
 * address, and LanguageTool's own rules find nothing in them; on the open half at least 80% of the
 * first suggestions reuse one of the customer's own words. The blind half is measured and printed,
 * never tuned on (see eval/README.md).
 */
class MirrorSetTest {
  private static final Map<String, Pattern> CUSTOMER_FIRST_PERSON = Map.of(
      "nl", Pattern.compile("(?iu)\\b(mijn|m'n|ons|onze|ik ben|we zijn|wij zijn)\\b"),
      "da", Pattern.compile("(?iu)\\b(min|mit|mine|vores|mig|jeg er(?! (meget )?ked af)|vi er)\\b"));
  private static final Map<String, Map<String, Pattern>> OTHER_REGISTER = Map.of(
      "nl", Map.of("u", Pattern.compile("(?iu)\\b(je|jij|jou|jouw|jullie)\\b"), "je", Pattern.compile("(?iu)\\b(u|uw)\\b")),
      "da", Map.of("du", Pattern.compile("\\b(De|Dem|Deres)\\b"), "De", Pattern.compile("(?iu)\\b(du|dig|din|dit|dine|jeres)\\b")));

  @ParameterizedTest
  @ValueSource(strings = {"nl", "da"})
  void acknowledgementSuggestionsMirrorTheCustomer(String language) throws IOException {
    Path file = Path.of("..", "eval", "mirror-" + language + ".yaml");
    List<Map<String, Object>> cases;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      cases = new Yaml().load(reader);
    }
    EmpathyLinter linter = SharedLinters.get(language);
    JLanguageTool languageTool = new JLanguageTool(Languages.getLanguageForShortCode(language));
    int[] open = new int[2];
    int[] blind = new int[2];
    List<String> problems = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (Map<String, Object> c : cases) {
      String id = (String) c.get("id");
      String customer = (String) c.get("customer");
      String draftText = (String) c.get("draft");
      String register = (String) c.get("register");
      @SuppressWarnings("unchecked")
      List<String> reuse = (List<String>) c.get("reuse");
      Draft draft = Draft.of(draftText, customer);
      Finding ack = linter.check(draft).findings().stream()
          .filter(f -> f.category() == FindingCategory.MISSING_ACKNOWLEDGEMENT
              || f.category() == FindingCategory.LATE_ACKNOWLEDGEMENT)
          .findFirst().orElse(null);
      if (ack == null) {
        continue; // the draft acknowledges the customer after all: nothing to suggest
      }
      int[] tally = Boolean.TRUE.equals(c.get("blind")) ? blind : open;
      tally[1]++;
      if (ack.suggestions().isEmpty()) {
        problems.add(id + ": an acknowledgement finding without a suggestion");
        continue;
      }
      String original = ack.flaggedText(draft);
      boolean firstReuses = false;
      for (int i = 0; i < ack.suggestions().size(); i++) {
        String suggestion = ack.suggestions().get(i);
        String added = suggestion.endsWith(original)
            ? suggestion.substring(0, suggestion.length() - original.length()).strip() : suggestion;
        if (i == 0) {
          if (!Boolean.TRUE.equals(c.get("blind"))) {
            shown.add(id + " " + reuse + " -> " + added);
          }
          String lower = added.toLowerCase(Locale.ROOT);
          firstReuses = reuse.stream().anyMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT)));
        }
        if (CUSTOMER_FIRST_PERSON.get(language).matcher(added).find()) {
          problems.add(id + ": the customer's first person left in \"" + added + "\"");
        }
        if (OTHER_REGISTER.get(language).get(register).matcher(added).find()) {
          problems.add(id + ": not in the draft's form of address (" + register + "): \"" + added + "\"");
        }
        for (RuleMatch m : languageTool.check(added)) {
          String covered = added.substring(m.getFromPos(), m.getToPos());
          if (!(m.getRule().isDictionaryBasedSpellingRule() && customer.contains(covered))) {
            problems.add(id + ": LanguageTool " + m.getRule().getId() + " in \"" + added + "\" at \"" + covered + "\"");
          }
        }
      }
      if (firstReuses) {
        tally[0]++;
      }
    }
    System.out.printf(Locale.ROOT, "mirror %s: first suggestion reuses the customer's words in %d of %d open cases,"
        + " %d of %d blind cases (cases with an acknowledgement finding)%n", language, open[0], open[1], blind[0], blind[1]);
    if (System.getProperty("empathy.mirror.show") != null) {
      shown.forEach(System.out::println);
    }
    assertThat(problems).isEmpty();
    assertThat(open[1]).isGreaterThanOrEqualTo(8);
    assertThat((double) open[0] / open[1]).as("share of open cases whose first suggestion reuses the customer's words")
        .isGreaterThanOrEqualTo(0.8);
  }
}
