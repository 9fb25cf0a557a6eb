package org.empathylint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated HTML drafts on the test pack: every phrase finding's source range, with tags removed
 * and entities decoded, is exactly the words the rule matched, every planted word is found once,
 * and nothing in the signature or quoted history is flagged.
 */
class HtmlOffsetsPropertyTest {
  private static final long SEED = 20260303L;
  private static final int CASES = 300;
  private static final Set<String> PHRASE_RULES = Set.of("TEST_TICKET", "TEST_ESCALATE", "TEST_DEAR_CUSTOMER");
  private static final Pattern TAG_OR_COMMENT = Pattern.compile("<!--.*?-->|<[^>]*>", Pattern.DOTALL);

  private static EmpathyLinter linter;

  @BeforeAll
  static void build() {
    linter = EmpathyLinter.builder("da").build();
  }

  @Test
  void everyFindingCoversExactlyTheFlaggedWordsInTheSource() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      GeneratedDraft generated = new HtmlDraftGenerator(random).draft();
      LintResult result = linter.check(Draft.html(generated.html()));
      List<String> flagged = new ArrayList<>();
      for (Finding f : result.findings()) {
        assertThat(f.endOffset())
            .as("case %d, %s in\n%s", i, f.ruleId(), generated.html())
            .isLessThanOrEqualTo(generated.agentEnd());
        if (PHRASE_RULES.contains(f.ruleId())) {
          flagged.add(shown(generated.html().substring(f.offset(), f.endOffset())));
        }
      }
      assertThat(flagged).as("case %d:\n%s", i, generated.html())
          .containsExactlyElementsOf(generated.planted());
    }
  }

  /** The source as a reader sees it: tags and comments gone, entities decoded, spaces single. */
  static String shown(String source) {
    String text = Parser.unescapeEntities(TAG_OR_COMMENT.matcher(source).replaceAll(""), false);
    return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }

  record GeneratedDraft(String html, List<String> planted, int agentEnd) {}
}
