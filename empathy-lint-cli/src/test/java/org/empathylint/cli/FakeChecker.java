package org.empathylint.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.empathylint.Draft;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;
import org.empathylint.Severity;
import org.empathylint.UnsupportedLanguageException;

/** A checker with hand-made findings: flags each given phrase wherever it occurs in the draft. */
final class FakeChecker implements DraftChecker {
  private final Map<String, FindingCategory> phrases;
  private final Function<Draft, List<Finding>> extra;
  volatile Draft lastDraft;

  FakeChecker(Map<String, FindingCategory> phrases) {
    this(phrases, draft -> List.of());
  }

  FakeChecker(Map<String, FindingCategory> phrases, Function<Draft, List<Finding>> extra) {
    this.phrases = phrases;
    this.extra = extra;
  }

  static Finding finding(FindingCategory category, int offset, int length, String... suggestions) {
    return new Finding("FAKE_" + category.id(), category, "Message about " + category.id() + ".",
        "short", offset, length, List.of(suggestions), Severity.SUGGESTION);
  }

  @Override
  public Report check(String language, Draft draft) {
    if (!Set.of("nl", "da").contains(language)) {
      throw new UnsupportedLanguageException(language, List.of("da", "nl"));
    }
    lastDraft = draft;
    List<Finding> findings = new java.util.ArrayList<>(extra.apply(draft));
    phrases.forEach((phrase, category) -> {
      for (int at = draft.text().indexOf(phrase); at >= 0; at = draft.text().indexOf(phrase, at + 1)) {
        findings.add(finding(category, at, phrase.length(), "better"));
      }
    });
    findings.sort(java.util.Comparator.comparingInt(Finding::offset));
    return new Report() {
      @Override
      public List<Finding> findings() {
        return findings;
      }

      @Override
      public String languageToolJson() {
        return "{\"software\":{\"name\":\"fake\"},\"matches\":["
            + findings.stream()
                .map(f -> "{\"offset\":" + f.offset() + ",\"length\":" + f.length()
                    + ",\"rule\":{\"id\":\"" + f.ruleId() + "\"}}")
                .collect(Collectors.joining(","))
            + "]}";
      }
    };
  }
}
