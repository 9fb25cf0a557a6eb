package org.empathylint.pack;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.empathylint.FindingCategory;
import org.empathylint.RulePackWarning;
import org.empathylint.Severity;

/**
 * A company's changes to a language pack, read from one YAML file: its own entries (added, or
 * replacing a pack entry with the same id), entries switched off, changed severities, and extra
 * acknowledgement word lists; and what looked wrong in it but loaded ({@code warnings}).
 */
public record Overlay(
    String file,
    List<PackEntry> entries,
    Set<String> disabled,
    Map<String, Severity> severities,
    Map<FindingCategory, CategoryInfo> categories,
    AcknowledgementSpec acknowledgement,
    List<RulePackWarning> warnings) {

  public Overlay {
    entries = List.copyOf(entries);
    disabled = Set.copyOf(disabled);
    severities = Map.copyOf(severities);
    categories = Map.copyOf(categories);
    warnings = List.copyOf(warnings);
  }
}
