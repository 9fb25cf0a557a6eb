package org.empathylint.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark inputs: a realistic ~200-word reply draft per language (salutation, four body
 * paragraphs, closing and signature) and the customer message it answers, and drafts of 1 KB, 10 KB
 * and 100 KB made by repeating the body paragraphs between the same salutation and closing.
 */
public final class Drafts {
  /** The sizes the benchmarks use: the ~200-word draft itself, then 1 KB, 10 KB and 100 KB (UTF-8 bytes). */
  public static final List<String> SIZES = List.of("200w", "1k", "10k", "100k");

  private Drafts() {}

  /** The ~200-word draft for "nl" or "da". */
  public static String draft(String language) {
    return resource(language + "-draft.txt");
  }

  /** The customer message the draft answers. */
  public static String customer(String language) {
    return resource(language + "-customer.txt");
  }

  /** A draft of the given size: "200w" is {@link #draft}, "1k", "10k", "100k" are at most that many bytes. */
  public static String ofSize(String language, String size) {
    String draft = draft(language);
    if (size.equals("200w")) {
      return draft;
    }
    int target = Integer.parseInt(size.toLowerCase(Locale.ROOT).replace("k", "")) * 1024;
    int bodyStart = draft.indexOf("\n\n") + 2;
    int bodyEnd = closingStart(draft, language);
    String head = draft.substring(0, bodyStart);
    String tail = draft.substring(bodyEnd);
    List<String> paragraphs = new ArrayList<>(List.of(draft.substring(bodyStart, bodyEnd).strip().split("\n\n")));
    StringBuilder body = new StringBuilder();
    int budget = target - bytes(head) - bytes(tail);
    for (int i = 0; ; i++) {
      String next = paragraphs.get(i % paragraphs.size()) + "\n\n";
      if (i > 0 && bytes(body) + bytes(next) > budget) {
        break;
      }
      body.append(next);
    }
    return head + body + tail;
  }

  private static int closingStart(String draft, String language) {
    String closing = language.equals("nl") ? "Met vriendelijke groet," : "Med venlig hilsen";
    int at = draft.indexOf(closing);
    if (at < 0) {
      throw new IllegalStateException("no closing in the " + language + " draft");
    }
    return at;
  }

  static int bytes(CharSequence text) {
    return text.toString().getBytes(StandardCharsets.UTF_8).length;
  }

  private static String resource(String name) {
    try (InputStream in = Drafts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no benchmark draft " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the inputs' sizes (bench/run.sh shows them above the JMH table). */
  public static void main(String[] args) {
    for (String language : List.of("nl", "da")) {
      for (String size : SIZES) {
        String text = ofSize(language, size);
        System.out.printf("%s %-5s %7d bytes %6d words%n", language, size, bytes(text),
            text.split("\\s+").length);
      }
    }
  }
}
