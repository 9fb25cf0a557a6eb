package org.empathylint.audit;

import java.util.EnumMap;
import java.util.Map;
import org.empathylint.FindingCategory;

/** The categories in the report's words. */
final class CategoryNames {
  private static final Map<FindingCategory, String> NAMES = new EnumMap<>(Map.of(
      FindingCategory.COLD_PHRASE, "Cold stock phrase",
      FindingCategory.PROCESS_JARGON, "Process jargon",
      FindingCategory.FORMAL_WORDING, "Formal wording",
      FindingCategory.NEGATIVE_FRAMING, "Negative framing",
      FindingCategory.IMPERSONAL_ADDRESS, "Impersonal address",
      FindingCategory.MISSING_ACKNOWLEDGEMENT, "No acknowledgement",
      FindingCategory.LATE_ACKNOWLEDGEMENT, "Late acknowledgement",
      FindingCategory.LANGUAGETOOL, "Grammar and spelling"));

  private CategoryNames() {
  }

  static String of(FindingCategory category) {
    return NAMES.get(category);
  }
}
