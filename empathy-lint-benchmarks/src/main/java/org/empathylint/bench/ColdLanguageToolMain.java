package org.empathylint.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;

/**
 * The cold-start baseline (bench/cold-start.sh): a fresh JVM checks one text with a rule-less
 * JLanguageTool and prints one line, as the command line prints its first finding.
 *
 * <p>Usage: {@code ColdLanguageToolMain nl|da FILE}
 */
public final class ColdLanguageToolMain {
  private ColdLanguageToolMain() {}

  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    JLanguageTool languageTool = LanguageTools.analysisOnly(args[0]);
    languageTool.check(text);
    // check() with no rules returns nothing to print; show that the analysis ran.
    int tokens = 0;
    for (AnalyzedSentence sentence : languageTool.analyzeText(text)) {
      tokens += sentence.getTokensWithoutWhitespace().length;
    }
    System.out.println(args[0] + ": analysed " + tokens + " tokens");
  }
}
