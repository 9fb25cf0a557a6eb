package com.example.helpdesk;

import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.empathylint.Finding;
import org.empathylint.LintResult;
import org.empathylint.RulePackException;
import org.empathylint.UnsupportedLanguageException;

public class Main {
  public static void main(String[] args) {
    try {
      // One linter per language, built once and shared by all threads (building takes seconds).
      EmpathyLinter dutch = EmpathyLinter.builder("nl").build();
      EmpathyLinter danish = EmpathyLinter.builder("da-DK").build();

      String reply = "Geachte klant,\n\nUw ticket is geëscaleerd naar de betreffende afdeling.\n";
      String customer = "Mijn wasmachine lekt al een week. Wanneer komt de monteur?"; // or null
      print("nl", reply, dutch.check(Draft.of(reply, customer)));

      String svar = "Kære kunde,\n\nDin sag er eskaleret. Vi vender tilbage hurtigst muligt.\n";
      print("da", svar, danish.check(Draft.of(svar, null)));
    } catch (UnsupportedLanguageException | RulePackException e) {
      // No rule pack for the language on the classpath, or a company overlay that cannot be used.
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  private static void print(String language, String text, LintResult result) {
    for (Finding f : result.findings()) {
      System.out.printf("%s %s %s \"%s\" -> %s%n  %s%n", language, f.severity(), f.category(),
          text.substring(f.offset(), f.endOffset()), f.suggestions(), f.message());
    }
  }
}
