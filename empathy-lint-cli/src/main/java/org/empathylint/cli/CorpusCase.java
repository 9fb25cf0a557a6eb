package org.empathylint.cli;

import java.util.List;
import org.empathylint.FindingCategory;

/**
 * One labelled case of a corpus (see GUIDELINES.md in the corpus folder).
 *
 * @param customer the customer message, or null
 * @param labels   the expected findings; empty for a clean draft
 */
record CorpusCase(String id, String language, String customer, String draft, List<Label> labels) {

  /**
   * An expected finding. A span label has the text it points at; a draft-level label has none.
   *
   * @param categories the category, or the categories reviewers could fairly disagree between
   * @param occurrence which occurrence of the text in the draft (1 = the first)
   */
  record Label(List<FindingCategory> categories, String text, int occurrence) {

    boolean isDraftLevel() {
      return text == null;
    }

    /** Where the labelled text is in the draft: start offset, or -1 when it is not there. */
    int startIn(String draft) {
      int start = -1;
      for (int i = 0; i < occurrence; i++) {
        start = draft.indexOf(text, start + 1);
        if (start < 0) {
          return -1;
        }
      }
      return start;
    }

    /** How the label reads in reports: the first category, or "A|B" for a list. */
    String categoryName() {
      return String.join("|", categories.stream().map(FindingCategory::id).toList());
    }
  }

  boolean isClean() {
    return labels.isEmpty();
  }
}
