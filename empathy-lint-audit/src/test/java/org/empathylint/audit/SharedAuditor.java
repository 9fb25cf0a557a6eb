package org.empathylint.audit;

/** One auditor for all tests of the module: Dutch data loads for seconds. */
final class SharedAuditor {
  static final Auditor AUDITOR = Auditor.withDefaults();

  private SharedAuditor() {
  }
}
