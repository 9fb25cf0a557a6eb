package org.empathylint.pack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.empathylint.FindingCategory;
import org.empathylint.Severity;

/**
 * A language's rules as loaded from its YAML files (and any overlays): the span entries, the
 * acknowledgement word lists, and how each category is named in the language. Immutable.
 */
public final class RulePack {
  /** The severity of the draft-level (acknowledgement) findings, which have no entry of their own. */
  public static final Severity DRAFT_LEVEL_SEVERITY = Severity.SUGGESTION;

  private final String language;
  private final Map<FindingCategory, CategoryInfo> categories;
  private final List<PackEntry> entries;
  private final Map<String, PackEntry> entriesById = new java.util.HashMap<>();
  private final AcknowledgementSpec acknowledgement;
  private final Set<FindingCategory> enabledDraftCategories;
  private final List<Register> registers;
  private final Set<String> determiners;

  RulePack(String language, Map<FindingCategory, CategoryInfo> categories, List<PackEntry> entries,
      AcknowledgementSpec acknowledgement, Set<FindingCategory> enabledDraftCategories, List<Register> registers,
      Set<String> determiners) {
    this.language = language;
    this.categories = Map.copyOf(categories);
    this.entries = List.copyOf(entries);
    this.entries.forEach(e -> entriesById.put(e.id(), e));
    this.acknowledgement = acknowledgement;
    this.enabledDraftCategories = Set.copyOf(enabledDraftCategories);
    this.registers = List.copyOf(registers);
    this.determiners = Set.copyOf(determiners);
  }

  public String language() {
    return language;
  }

  /** The span entries, in file order. */
  public List<PackEntry> entries() {
    return entries;
  }

  public Optional<PackEntry> entry(String id) {
    return Optional.ofNullable(entriesById.get(id));
  }

  /** The acknowledgement rules' word lists, if the pack has them. */
  public Optional<AcknowledgementSpec> acknowledgement() {
    return Optional.ofNullable(acknowledgement);
  }

  /** The forms of address the pack tells apart (empty when the language has one). */
  public List<Register> registers() {
    return registers;
  }

  /**
   * The language's determiners and possessives (lower case): a replacement that starts with one is
   * not put after another ("uw uw vraag", "den den nabo").
   */
  public Set<String> determiners() {
    return determiners;
  }

  /** Whether a draft-level category (MISSING_/LATE_ACKNOWLEDGEMENT) is switched on. */
  public boolean isEnabled(FindingCategory draftCategory) {
    return enabledDraftCategories.contains(draftCategory);
  }

  /** The category's name and description in the pack's language (falls back to the id). */
  public CategoryInfo category(FindingCategory category) {
    return categories.getOrDefault(category, new CategoryInfo(category, category.id(), category.id()));
  }

  /** This pack with an overlay applied: entries added, replaced, switched off or re-graded. */
  public RulePack withOverlay(Overlay overlay) {
    Map<String, PackEntry> byId = new LinkedHashMap<>();
    entries.forEach(e -> byId.put(e.id(), e));
    for (PackEntry added : overlay.entries()) {
      byId.put(added.id(), added);
    }
    overlay.severities().forEach((id, severity) -> byId.computeIfPresent(id, (k, e) -> e.withSeverity(severity)));
    overlay.disabled().forEach(byId::remove);
    Map<FindingCategory, CategoryInfo> mergedCategories = new EnumMap<>(FindingCategory.class);
    mergedCategories.putAll(categories);
    mergedCategories.putAll(overlay.categories());
    AcknowledgementSpec mergedAck = acknowledgement;
    if (overlay.acknowledgement() != null) {
      mergedAck = acknowledgement == null ? overlay.acknowledgement() : acknowledgement.plus(overlay.acknowledgement());
    }
    return new RulePack(language, mergedCategories, new ArrayList<>(byId.values()), mergedAck, enabledDraftCategories,
        registers, determiners);
  }

  /** This pack without the given entries and categories, and without entries below the severity. */
  public RulePack restrictedTo(Collection<String> disabledRules, Collection<FindingCategory> disabledCategories,
      Severity minimum) {
    List<PackEntry> kept = entries.stream()
        .filter(e -> !disabledRules.contains(e.id()))
        .filter(e -> !disabledCategories.contains(e.category()))
        .filter(e -> e.severity().compareTo(minimum) >= 0)
        .toList();
    Set<FindingCategory> draft = new java.util.HashSet<>(enabledDraftCategories);
    draft.removeAll(disabledCategories);
    if (DRAFT_LEVEL_SEVERITY.compareTo(minimum) < 0) {
      draft.clear();
    }
    return new RulePack(language, categories, kept, acknowledgement, draft, registers, determiners);
  }

  /** Number of span entries per category, for summaries. */
  public Map<FindingCategory, Long> countByCategory() {
    Map<FindingCategory, Long> counts = new EnumMap<>(FindingCategory.class);
    for (PackEntry e : entries) {
      counts.merge(e.category(), 1L, Long::sum);
    }
    return counts;
  }
}
