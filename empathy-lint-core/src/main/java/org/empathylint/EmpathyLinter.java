package org.empathylint;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.empathylint.engine.Checker;
import org.empathylint.engine.CompiledPack;
import org.empathylint.engine.OverlayChecks;
import org.empathylint.pack.Overlay;
import org.empathylint.pack.RulePack;
import org.empathylint.pack.RulePacks;

/**
 * Lints reply drafts in one language. Create it once (loading LanguageTool's tagger takes seconds
 * for Dutch) and share it: it is safe to use from many threads at once.
 *
 * <pre>{@code
 * EmpathyLinter linter = EmpathyLinter.builder("nl")
 *     .overlay(Path.of("acme-jargon.yaml"))   // optional: the company's own entries
 *     .minimumSeverity(Severity.SUGGESTION)
 *     .build();
 * for (Finding f : linter.check(Draft.of(text, customerMessage)).findings()) {
 *   System.out.println(f.offset() + " " + f.category() + " " + f.message() + " -> " + f.suggestions());
 * }
 * }</pre>
 *
 * <p>{@code JLanguageTool} is not thread-safe, so the linter keeps a pool of checkers, each with its
 * own {@code JLanguageTool}; a thread borrows one for a check. The compiled rule pack and
 * LanguageTool's dictionaries are shared by all of them.
 */
public final class EmpathyLinter {
  private final CompiledPack pack;
  private final boolean languageToolRules;
  private final List<RulePackWarning> warnings;
  private final ConcurrentLinkedDeque<Checker> idle = new ConcurrentLinkedDeque<>();

  private EmpathyLinter(CompiledPack pack, boolean languageToolRules, List<RulePackWarning> warnings) {
    this.pack = pack;
    this.languageToolRules = languageToolRules;
    this.warnings = List.copyOf(warnings);
    idle.push(newChecker()); // fail fast and warm up LanguageTool's language data on the builder's thread
  }

  /**
   * Starts building a linter for a language whose pack is on the classpath: {@code "nl"},
   * {@code "nl-NL"}, {@code "nl-BE"}, {@code "da"}, {@code "da-DK"}, in any case (see {@link
   * LanguageCodes}); {@link Builder#build()} throws {@link UnsupportedLanguageException} for any other.
   */
  public static Builder builder(String language) {
    return new Builder(Objects.requireNonNull(language, "language must not be null"));
  }

  /**
   * Starts loading LanguageTool's data for a language on a background thread, so that the linter
   * built later, and its first check, wait less: for applications that know the language before
   * they build the linter (a mail client opening its compose window, a command line before it has
   * parsed its options). Returns at once; does nothing when called again or for a language without
   * a pack. The builder does the same on its own, so calling this is never needed.
   */
  public static void preload(String language) {
    LanguageCodes.packLanguage(language).filter(RulePacks.availableLanguages()::contains)
        .ifPresent(LanguageToolPreload::startTagger);
  }

  /** The language codes whose rule packs are on the classpath. */
  public static Set<String> availableLanguages() {
    return RulePacks.availableLanguages();
  }

  /** The language of the pack this linter checks with ("nl" for a linter built for "nl-BE" too). */
  public String language() {
    return pack.pack().language();
  }

  /** The rule pack in use, after overlays, disabled rules and the severity threshold. */
  public RulePack rulePack() {
    return pack.pack();
  }

  /**
   * What looked wrong in the overlays and settings but did not stop the linter: an overlay entry
   * that replaces a pack entry without {@code replace: true}, a {@code <lemma>} the tagger does not
   * know, a {@link Builder#disableRules disabled rule id} no entry has. Empty when all is well;
   * applications should show these to whoever wrote the overlay.
   */
  public List<RulePackWarning> warnings() {
    return warnings;
  }

  /**
   * Checks one draft. Safe to call from several threads at once.
   *
   * <p>Interrupting the calling thread stops the check at its next sentence or rule (a host's time
   * limit): it then throws {@link java.util.concurrent.CancellationException}, and the thread's
   * interrupt status stays set.
   */
  public LintResult check(Draft draft) {
    Objects.requireNonNull(draft, "draft must not be null");
    Checker checker = idle.poll();
    if (checker == null) {
      checker = newChecker();
    }
    try {
      return checker.check(draft);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      idle.push(checker);
    }
  }

  private Checker newChecker() {
    return new Checker(pack, languageToolRules);
  }

  /** Configures an {@link EmpathyLinter}. Not thread-safe; build once. */
  public static final class Builder {
    private final String language;
    private final List<OverlayInput> overlays = new ArrayList<>();
    private final Set<String> disabledRules = new LinkedHashSet<>();
    private final Set<FindingCategory> disabledCategories = EnumSet.noneOf(FindingCategory.class);
    private Severity minimumSeverity = Severity.HINT;
    private boolean languageToolRules;

    private Builder(String language) {
      this.language = language;
    }

    /**
     * Adds a company overlay file: its own entries, entries switched off, changed severities. When
     * it names a {@code language:}, that must be this linter's.
     */
    public Builder overlay(Path overlayFile) {
      overlays.add(OverlayInput.of(Objects.requireNonNull(overlayFile, "overlayFile must not be null"), false));
      return this;
    }

    /**
     * Adds a company overlay given as YAML text (kept in a database, say); {@code name} stands for
     * it in error messages and warnings ({@code acme-jargon:12:5: ...}).
     */
    public Builder overlay(String name, String yaml) {
      overlays.add(new OverlayInput(Objects.requireNonNull(name, "name must not be null"),
          Objects.requireNonNull(yaml, "yaml must not be null"), false));
      return this;
    }

    /**
     * Adds a company overlay read from a reader, which is read to its end now (and not closed);
     * {@code name} stands for it in error messages and warnings.
     *
     * @throws RulePackException when the reader fails
     */
    public Builder overlay(String name, Reader yaml) {
      Objects.requireNonNull(name, "name must not be null");
      overlays.add(new OverlayInput(name, OverlayInput.read(name, Objects.requireNonNull(yaml, "yaml must not be null")),
          false));
      return this;
    }

    /**
     * Adds a company overlay read from a UTF-8 stream, which is read to its end now (and not
     * closed); {@code name} stands for it in error messages and warnings.
     *
     * @throws RulePackException when the stream fails or is not UTF-8
     */
    public Builder overlay(String name, InputStream yaml) {
      Objects.requireNonNull(yaml, "yaml must not be null");
      return overlay(name, new InputStreamReader(yaml, StandardCharsets.UTF_8.newDecoder()));
    }

    /**
     * Adds a company overlay file that an application gives to its linters of every language (as
     * the command line's {@code --rules} does): applied when its {@code language:} is this linter's
     * or absent, and left out when it names another language that has a pack.
     *
     * @throws NullPointerException when the file is null
     */
    public Builder sharedOverlay(Path overlayFile) {
      overlays.add(OverlayInput.of(Objects.requireNonNull(overlayFile, "overlayFile must not be null"), true));
      return this;
    }

    /**
     * Switches off pack entries by id (for example {@code NL_FORMAL_INDIEN}); an id that no entry of
     * the pack or its overlays has is a {@linkplain EmpathyLinter#warnings() warning}.
     */
    public Builder disableRules(Collection<String> ruleIds) {
      disabledRules.addAll(noNulls(ruleIds, "ruleIds"));
      return this;
    }

    /** Switches off whole categories. */
    public Builder disableCategories(Collection<FindingCategory> categories) {
      disabledCategories.addAll(noNulls(categories, "categories"));
      return this;
    }

    /** Drops findings of entries below this severity (default: keep all). */
    public Builder minimumSeverity(Severity severity) {
      this.minimumSeverity = Objects.requireNonNull(severity, "severity must not be null");
      return this;
    }

    /** Also runs LanguageTool's own grammar and spelling rules for the language (off by default). */
    public Builder withLanguageToolRules(boolean enabled) {
      this.languageToolRules = enabled;
      return this;
    }

    private static <T> Collection<T> noNulls(Collection<T> values, String name) {
      Objects.requireNonNull(values, name + " must not be null");
      if (values.stream().anyMatch(Objects::isNull)) {
        throw new NullPointerException(name + " must not hold null");
      }
      return values;
    }

    /**
     * Loads the pack and overlays and prepares LanguageTool.
     *
     * @throws UnsupportedLanguageException when no pack for the language is on the classpath
     * @throws RulePackException when the pack or an overlay cannot be used, or an example of an
     *     overlay entry does not hold (a bad example it does not flag at the marked words, a good one
     *     it flags)
     */
    public EmpathyLinter build() {
      String language = LanguageCodes.requirePackLanguage(this.language);
      LanguageToolPreload.startTagger(language);
      RulePack pack = RulePacks.load(language);
      Set<String> ids = new java.util.HashSet<>();
      pack.entries().forEach(e -> ids.add(e.id()));
      List<Overlay> applied = new ArrayList<>();
      for (OverlayInput input : overlays) {
        Optional<Overlay> overlay = input.load(pack);
        if (overlay.isPresent()) {
          applied.add(overlay.get());
          overlay.get().entries().forEach(e -> ids.add(e.id()));
          pack = pack.withOverlay(overlay.get());
        }
      }
      List<RulePackWarning> warnings = new ArrayList<>();
      disabledRules.stream().filter(id -> !ids.contains(id)).forEach(id -> warnings.add(new RulePackWarning(
          "disableRules", 0, 0, "no entry of the '" + language + "' pack or its overlays has the id " + id
          + ", so it switches nothing off")));
      pack = pack.restrictedTo(disabledRules, disabledCategories, minimumSeverity);
      CompiledPack compiled = CompiledPack.compile(pack);
      LanguageToolPreload.startSynthesizer(language);
      List<List<RulePackWarning>> overlayWarnings = new ArrayList<>();
      for (Overlay overlay : applied) {
        List<RulePackWarning> own = new ArrayList<>(overlay.warnings());
        own.addAll(OverlayChecks.unknownLemmas(compiled.language(), overlay));
        overlayWarnings.add(own);
        warnings.addAll(own);
      }
      EmpathyLinter linter = new EmpathyLinter(compiled, languageToolRules, warnings);
      for (int i = 0; i < applied.size(); i++) {
        OverlayChecks.proveExamples(linter, applied.get(i), overlayWarnings.get(i));
      }
      return linter;
    }
  }
}
