package org.empathylint.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.empathylint.pack.Register;

/** Tells which form of address a draft uses, so suggestions can be offered in the same one. */
final class Registers {
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  private Registers() {}

  /**
   * The words of every register but the draft's own (the one whose words it uses most). Empty when
   * the pack has no registers or the draft uses none of their words.
   */
  static Set<String> foreignWords(List<Register> registers, String agentText) {
    Register own = own(registers, agentText);
    if (own == null) {
      return Set.of();
    }
    Set<String> foreign = new HashSet<>();
    for (Register register : registers) {
      if (register != own) {
        foreign.addAll(register.words());
      }
    }
    foreign.removeAll(own.words());
    return foreign;
  }

  /** The register whose words the draft uses most, or null when it uses none (or the pack has none). */
  static Register own(List<Register> registers, String agentText) {
    if (registers.isEmpty()) {
      return null;
    }
    int[] counts = new int[registers.size()];
    for (String word : NON_LETTERS.split(agentText)) {
      String lower = word.toLowerCase(Locale.ROOT);
      for (int i = 0; i < registers.size(); i++) {
        Set<String> words = registers.get(i).words();
        if (!word.isEmpty() && (words.contains(lower) || words.contains("=" + word))) {
          counts[i]++;
        }
      }
    }
    int own = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[own]) {
        own = i;
      }
    }
    return counts[own] == 0 ? null : registers.get(own);
  }
}
