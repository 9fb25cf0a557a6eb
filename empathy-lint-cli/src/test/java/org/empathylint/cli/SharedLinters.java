package org.empathylint.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.empathylint.EmpathyLinter;

/** One linter per language for all tests in this JVM: LanguageTool's Dutch data takes seconds to load. */
final class SharedLinters {
  private static final Map<String, EmpathyLinter> LINTERS = new ConcurrentHashMap<>();

  private SharedLinters() {}

  static EmpathyLinter get(String language) {
    return LINTERS.computeIfAbsent(language, l -> EmpathyLinter.builder(l).build());
  }
}
