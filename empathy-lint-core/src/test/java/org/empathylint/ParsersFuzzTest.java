package org.empathylint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.empathylint.pack.RulePack;
import org.empathylint.pack.RulePackLoader;
import org.empathylint.pack.RulePacks;
import org.empathylint.pattern.PatternSyntaxException;
import org.empathylint.pattern.PhrasePattern;
import org.empathylint.structure.DraftStructure;
import org.empathylint.structure.HtmlDraft;
import org.empathylint.structure.HtmlPiece;
import org.empathylint.structure.Span;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Property-based fuzzing of the four parsers that read what users and their mail clients write,
 * on {@link Mutants} of the seeds in {@code src/test/resources/fuzz/} and {@code drafts/}: each
 * parser must finish, throw nothing but its documented exception, and give offsets inside its input.
 */
class ParsersFuzzTest {
  /** All tries of one parser together; each takes milliseconds. */
  private static final Duration TERMINATES_WITHIN = Duration.ofSeconds(60);

  /** Checks the property on every input; a failure names the input that broke it. */
  private static void forAll(List<String> inputs, Consumer<String> property) {
    Assertions.assertTimeoutPreemptively(TERMINATES_WITHIN, () -> {
      for (String input : inputs) {
        try {
          property.accept(input);
        } catch (AssertionError e) {
          throw new AssertionError("for input " + Mutants.shown(input) + ": " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
          fail("for input " + Mutants.shown(input) + ": undocumented " + e, e);
        }
      }
    });
  }

  @Test
  void thePhraseParserGivesAPatternWithinItsLimitsOrAPositionedError() {
    List<String> seeds = Mutants.resources("fuzz/phrases.txt").get(0).lines()
        .filter(line -> !line.startsWith("#")).toList();
    forAll(Mutants.of(seeds, "()[]|?~^$!*/\\<>= 0123456789ab"), phrase -> {
      try {
        PhrasePattern pattern = PhrasePattern.parse(phrase);
        assertThat(pattern.variants()).isNotEmpty().hasSizeLessThanOrEqualTo(PhrasePattern.MAX_VARIANTS)
            .allSatisfy(steps -> assertThat(steps).hasSizeLessThanOrEqualTo(PhrasePattern.MAX_STEPS));
      } catch (PatternSyntaxException e) {
        assertThat(e.position()).isBetween(0, phrase.length());
        assertThat(e.getMessage()).isNotBlank();
      }
    });
  }

  @Test
  void theYamlLoaderGivesAnOverlayOrAnErrorInsideTheFile() {
    RulePack pack = RulePacks.load("da");
    List<String> seeds = Mutants.resources("fuzz/overlay.yaml", "fuzz/anchors.yaml");
    forAll(Mutants.of(seeds, "-:[]{}&*<>!|\"'#\n  ~?()/,%@`"), yaml -> {
      try {
        RulePackLoader.readOverlay("fuzz.yaml", new StringReader(yaml), pack);
      } catch (RulePackException e) {
        assertThat(e.file()).isEqualTo("fuzz.yaml");
        int lines = (int) yaml.lines().count() + 1;
        assertThat(e.line()).hasValueSatisfying(line -> assertThat(line).isBetween(0, lines));
        assertThat(e.column()).hasValueSatisfying(column -> assertThat(column).isNotNegative());
      }
    });
  }

  @Test
  void theHtmlWalkerCutsTheWholeSourceIntoConsecutivePieces() {
    List<String> seeds = new ArrayList<>(Mutants.resources("fuzz/hostile.html"));
    Mutants.resources("drafts").stream().filter(s -> s.contains("<")).forEach(seeds::add);
    forAll(Mutants.of(seeds, "<>/=\"'&;#!-[]bdivpqute \n"), html -> {
      int at = 0;
      for (HtmlPiece piece : HtmlDraft.parse(html).pieces()) {
        assertThat(piece.source().start()).as("start of a piece").isEqualTo(at);
        at = piece.source().end();
      }
      assertThat(at).as("end of the last piece").isEqualTo(html.length());
    });
  }

  @Test
  void theDraftParserGivesOrderedSpansInsideTheText() {
    List<String> seeds = new ArrayList<>(Mutants.resources("fuzz/hostile.txt"));
    Mutants.resources("drafts").stream().filter(s -> !s.contains("<html")).forEach(seeds::add);
    forAll(Mutants.of(seeds, ">-:, \n\r\t\u200F\u00AD@.ABab0"), text -> {
      DraftStructure structure = DraftStructure.parse(text);
      int at = 0;
      for (Span span : structure.lintable()) {
        assertThat(span.start()).as("start of a lintable span").isGreaterThanOrEqualTo(at);
        at = span.end();
      }
      assertThat(at).as("end of the last lintable span").isLessThanOrEqualTo(text.length());
      assertThat(structure.excluded()).allSatisfy(span -> assertThat(span.end()).isLessThanOrEqualTo(text.length()));
    });
  }
}
