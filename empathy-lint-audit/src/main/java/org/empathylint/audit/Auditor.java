package org.empathylint.audit;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.empathylint.EmpathyLinter;
import org.empathylint.Severity;
import org.empathylint.UnsupportedLanguageException;

/**
 * Lints replies in their language. Thread-safe. The linters are built on first use and kept for the
 * life of the JVM, one per language, overlay and severity, shared by every auditor and thread: a
 * Spark executor or a test JVM loads LanguageTool's data once (seconds for Dutch), however many tasks
 * or audits it runs. An overlay file is read when its linter is built, and applies to the
 * language it names ({@code language:}), or to every language when it names none.
 */
public final class Auditor {
  private final List<Path> overlays;
  private final Severity minimumSeverity;
  private final LanguageDetector detector = new LanguageDetector();
  private static final Map<List<Object>, Optional<EmpathyLinter>> LINTERS = new ConcurrentHashMap<>();

  /**
   * @param overlays        company overlays, applied in order (none: the packs as they are)
   * @param minimumSeverity findings below it are not counted
   */
  public Auditor(List<Path> overlays, Severity minimumSeverity) {
    this.overlays = List.copyOf(overlays);
    this.minimumSeverity = minimumSeverity;
  }

  /** The Dutch and Danish packs as they are, every finding counted. */
  public static Auditor withDefaults() {
    return new Auditor(List.of(), Severity.HINT);
  }

  /**
   * Lints one reply in the language it gives, or the one detected.
   *
   * @throws NotAudited when its language is not given and not recognised, or has no pack
   * @throws org.empathylint.RulePackException when the overlay cannot be used (for any reply)
   */
  public AuditedReply audit(Reply reply) throws NotAudited {
    String language = reply.language();
    if (language == null) {
      language = detector.detect(reply.text())
          .orElseThrow(() -> new NotAudited("language not given and not recognised as Dutch or Danish"));
    }
    EmpathyLinter linter = linter(language)
        .orElseThrow(() -> new NotAudited("no rule pack for language '" + reply.language() + "' (nl, da)"));
    Reply inLanguage = reply.withLanguage(language);
    return new AuditedReply(inLanguage, linter.check(inLanguage.draft()).findings());
  }

  private Optional<EmpathyLinter> linter(String language) {
    List<Object> key = Arrays.asList(language, overlays, minimumSeverity);
    return LINTERS.computeIfAbsent(key, k -> {
      try {
        EmpathyLinter.Builder builder = EmpathyLinter.builder(language).minimumSeverity(minimumSeverity);
        overlays.forEach(builder::sharedOverlay);
        return Optional.of(builder.build());
      } catch (UnsupportedLanguageException e) {
        return Optional.empty();
      }
    });
  }

  /** A reply that cannot be audited; the message says why. */
  public static final class NotAudited extends Exception {
    public NotAudited(String message) {
      super(message);
    }
  }
}
