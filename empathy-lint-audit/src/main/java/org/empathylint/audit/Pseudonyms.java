package org.empathylint.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.empathylint.structure.CustomerMessages;
import org.empathylint.structure.DraftStructure;
import org.empathylint.structure.Span;

/**
 * Replaces names and addresses for a report that may be passed around: agents become "Agent 1",
 * "Agent 2" … (numbered in alphabetical order of their real names, so the same archive gives the same
 * numbers), and in example replies e-mail addresses, phone numbers, the name in the salutation, the
 * lines under the sign-off and the customer's signed name become placeholders.
 */
public final class Pseudonyms {
  private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.\\p{L}{2,}");
  private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d \\-]{6,}\\d");
  /** Capitalised words of a salutation's name: "Beste mevrouw De Wit," gives "De Wit". */
  private static final Pattern SALUTATION_NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}'.-]*(?:\\s+(?:van|de|der|den|ten|ter|von|\\p{Lu}[\\p{L}'.-]*))*");
  private static final String NAME = "[name]";

  private final Map<String, String> agents = new HashMap<>();

  /** Numbers the agents in alphabetical order. */
  public Pseudonyms(Iterable<String> agentNames) {
    List<String> sorted = new ArrayList<>();
    agentNames.forEach(sorted::add);
    sorted.sort(Comparator.naturalOrder());
    for (String agent : sorted) {
      agents.putIfAbsent(agent, "Agent " + (agents.size() + 1));
    }
  }

  /** The agent's pseudonym; an agent not known at construction gets "Agent ?". */
  public String agent(String name) {
    return name == null ? null : agents.getOrDefault(name, "Agent ?");
  }

  /**
   * What to replace in one reply: the names found in its salutation and closing, and the customer's
   * signed name (from the customer message, or the quoted one).
   *
   * @param plainText the reply as plain text
   */
  static Set<String> namesIn(String plainText, String customerMessage) {
    DraftStructure structure = DraftStructure.parse(plainText);
    Set<String> names = new LinkedHashSet<>();
    structure.salutation().ifPresent(span -> {
      String salutation = cut(plainText, span);
      int firstSpace = salutation.indexOf(' ');
      if (firstSpace > 0) {
        Matcher m = SALUTATION_NAME.matcher(salutation.substring(firstSpace));
        while (m.find()) {
          names.add(m.group().strip());
        }
      }
    });
    structure.closing().ifPresent(span -> {
      String[] lines = cut(plainText, span).split("\\R");
      for (int i = 1; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          names.add(lines[i].strip());
        }
      }
    });
    CustomerMessages.signatureName(customerMessage != null ? customerMessage
        : structure.quotedMessage().orElse(null)).ifPresent(names::add);
    names.removeIf(name -> name.length() < 2);
    return names;
  }

  /** The text with the names, e-mail addresses and phone numbers replaced. */
  static String replace(String text, Set<String> names) {
    String result = EMAIL.matcher(text).replaceAll("[e-mail]");
    result = PHONE.matcher(result).replaceAll("[phone]");
    List<String> longestFirst = new ArrayList<>(names);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    for (String name : longestFirst) {
      result = result.replaceAll("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])",
          Matcher.quoteReplacement(NAME));
    }
    return result;
  }

  private static String cut(String text, Span span) {
    return text.substring(span.start(), Math.min(span.end(), text.length()));
  }
}
