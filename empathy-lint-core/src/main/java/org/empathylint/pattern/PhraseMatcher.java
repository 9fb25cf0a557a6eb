package org.empathylint.pattern;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

/**
 * All phrase patterns of a language compiled into one token trie, so a sentence is scanned once
 * however many entries the packs hold. Edges on exact word forms and lemmas are hash lookups;
 * only regex, negated, any-token and gap steps are tested one by one. Immutable and thread-safe
 * once built.
 *
 * @param <T> what a match reports (a pack entry and the role its pattern plays)
 */
public final class PhraseMatcher<T> {
  private static final int MAX_CACHED_FORMS = 50_000;

  private final Node<T> root;
  private final Node<T> anchoredRoot;
  private final Map<String, Pattern> regexes;

  private PhraseMatcher(Node<T> root, Node<T> anchoredRoot, Map<String, Pattern> regexes) {
    this.root = root;
    this.anchoredRoot = anchoredRoot;
    this.regexes = regexes;
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** A match of one pattern: token indexes are into the array given to {@link #match}, inclusive. */
  public record Match<T>(T payload, int firstToken, int lastToken, int firstMarked, int lastMarked) {}

  /**
   * Every match of every pattern in the sentence. Token indexes are into
   * {@code sentence.getTokensWithoutWhitespace()}, whose element 0 is the sentence-start token.
   */
  public List<Match<T>> match(AnalyzedSentence sentence) {
    AnalyzedTokenReadings[] tokens = sentence.getTokensWithoutWhitespace();
    List<Match<T>> matches = new ArrayList<>();
    if (tokens.length < 2) {
      return matches;
    }
    boolean[] lineStart = lineStarts(sentence, tokens.length);
    String[] lowerForms = new String[tokens.length];
    String[][] lowerLemmas = new String[tokens.length][];
    for (int i = 1; i < tokens.length; i++) {
      lowerForms[i] = tokens[i].getToken().toLowerCase(Locale.ROOT);
      lowerLemmas[i] = lemmasOf(tokens[i]);
    }
    Scan<T> scan = new Scan<>(tokens, lowerForms, lowerLemmas, lineStart, regexes::get, matches);
    scan.walk(anchoredRoot, 1, 1, -1, -1);
    for (int start = 1; start < tokens.length; start++) {
      scan.walk(root, start, start, -1, -1);
    }
    return matches;
  }

  /** For each non-whitespace token: does a line break come before it? */
  private static boolean[] lineStarts(AnalyzedSentence sentence, int count) {
    AnalyzedTokenReadings[] all = sentence.getTokens();
    boolean[] lineStart = new boolean[count];
    for (int i = 1; i < count; i++) {
      for (int j = sentence.getOriginalPosition(i - 1) + 1; j < sentence.getOriginalPosition(i); j++) {
        if (all[j].getToken().indexOf('\n') >= 0) {
          lineStart[i] = true;
          break;
        }
      }
    }
    return lineStart;
  }

  private static String[] lemmasOf(AnalyzedTokenReadings token) {
    List<String> lemmas = new ArrayList<>(2);
    for (AnalyzedToken reading : token) {
      String lemma = reading.getLemma();
      if (lemma != null) {
        String lower = lemma.toLowerCase(Locale.ROOT);
        if (!lemmas.contains(lower)) {
          lemmas.add(lower);
        }
      }
    }
    return lemmas.toArray(new String[0]);
  }

  private record Scan<T>(AnalyzedTokenReadings[] tokens, String[] forms, String[][] lemmas, boolean[] lineStart,
                         TokenTest.CompiledRegexes regexes, List<Match<T>> out) {

    void walk(Node<T> node, int start, int next, int markStart, int markEnd) {
      // Indexed loops throughout: this runs per token per node, and list iterators were much of
      // its allocation. Edges are followed in a fixed order (form, lemma, form pattern, scanned),
      // each at most once.
      for (int i = 0; i < node.terminals.size(); i++) {
        int last = next - 1;
        out.add(new Match<>(node.terminals.get(i), start, last, markStart < 0 ? start : markStart,
            markEnd < 0 ? last : markEnd));
      }
      if (next >= tokens.length || lineStart[next]) {
        for (int i = 0; i < node.lineEnds.size(); i++) {
          walk(node.lineEnds.get(i).target, start, next, markStart, markEnd);
        }
      }
      for (int i = 0; i < node.gaps.size(); i++) {
        Edge<T> gap = node.gaps.get(i);
        for (int skip = 0; skip <= gap.step.maxGap() && next + skip < tokens.length; skip++) {
          walk(gap.target, start, next + skip, markStart, markEnd);
        }
      }
      if (next >= tokens.length) {
        return;
      }
      followAll(node.byForm.get(forms[next]), start, next, markStart, markEnd);
      if (!node.byLemma.isEmpty()) {
        String[] tokenLemmas = lemmas[next];
        for (int l = 0; l < tokenLemmas.length; l++) {
          List<Edge<T>> lemmaEdges = node.byLemma.get(tokenLemmas[l]);
          for (int i = 0; lemmaEdges != null && i < lemmaEdges.size(); i++) {
            Edge<T> edge = lemmaEdges.get(i);
            if (!edge.indexedMoreThanOnce || !followedBefore(edge.step, next, l)) {
              follow(edge, start, next, markStart, markEnd);
            }
          }
        }
      }
      followAll(node.byFormPattern(forms[next], regexes), start, next, markStart, markEnd);
      for (int i = 0; i < node.scanned.size(); i++) {
        Edge<T> edge = node.scanned.get(i);
        if (matches(edge.step, next)) {
          follow(edge, start, next, markStart, markEnd);
        }
      }
    }

    private void followAll(List<Edge<T>> edges, int start, int next, int markStart, int markEnd) {
      for (int i = 0; edges != null && i < edges.size(); i++) {
        follow(edges.get(i), start, next, markStart, markEnd);
      }
    }

    private void follow(Edge<T> edge, int start, int next, int markStart, int markEnd) {
      Step step = edge.step;
      walk(edge.target, start, next + 1, step.markStart() ? next : markStart, step.markEnd() ? next : markEnd);
    }

    /** Whether an edge found under the token's lemma {@code lemmaIndex} was already found by its form or an earlier lemma. */
    private boolean followedBefore(Step step, int index, int lemmaIndex) {
      for (TokenTest test : step.tests()) {
        if (test.kind() == TokenTest.Kind.FORM && test.value().equals(forms[index])) {
          return true;
        }
        if (test.kind() == TokenTest.Kind.LEMMA) {
          for (int l = 0; l < lemmaIndex; l++) {
            if (test.value().equals(lemmas[index][l])) {
              return true;
            }
          }
        }
      }
      return false;
    }

    private boolean matches(Step step, int index) {
      boolean any = false;
      for (TokenTest test : step.tests()) {
        if (test.matches(tokens[index], forms[index], regexes)) {
          any = true;
          break;
        }
      }
      return any != step.negated();
    }
  }

  private static final class Edge<T> {
    final Step step;
    final Node<T> target;
    /** Indexed under several forms or lemmas, so one token may find it twice. */
    final boolean indexedMoreThanOnce;

    Edge(Step step, Node<T> target) {
      this.step = step;
      this.target = target;
      this.indexedMoreThanOnce = step.tests().size() > 1;
    }
  }

  /**
   * A trie node. Most nodes have one child and no terminals, and a pack spells out ten thousand
   * variants or more, so a node's collections stay shared empty ones until something is added.
   */
  private static final class Node<T> {
    /** Only while building; dropped by {@link #freeze()}. */
    private Map<Step, Edge<T>> children = Map.of();
    Map<String, List<Edge<T>>> byForm = Map.of();
    Map<String, List<Edge<T>>> byLemma = Map.of();
    List<Edge<T>> scanned = List.of();
    /** Steps decided by the lower-case word form alone (regexes): their verdict is cached per form. */
    List<Edge<T>> formPatterns = List.of();
    private Map<String, List<Edge<T>>> formPatternVerdicts = Map.of();
    List<Edge<T>> gaps = List.of();
    List<Edge<T>> lineEnds = List.of();
    List<T> terminals = List.of();

    Node<T> child(Step step) {
      Edge<T> edge = children.get(step);
      if (edge == null) {
        edge = new Edge<>(step, new Node<>());
        children = mutable(children);
        children.put(step, edge);
        if (step.lineEnd()) {
          lineEnds = added(lineEnds, edge);
        } else if (step.isGap()) {
          gaps = added(gaps, edge);
        } else if (step.isIndexable()) {
          for (TokenTest test : step.tests()) {
            boolean form = test.kind() == TokenTest.Kind.FORM;
            Map<String, List<Edge<T>>> index = form ? (byForm = mutable(byForm)) : (byLemma = mutable(byLemma));
            List<Edge<T>> edges = index.computeIfAbsent(test.value(), k -> new ArrayList<>(1));
            if (!edges.contains(edge)) {
              edges.add(edge);
            }
          }
        } else if (step.dependsOnFormOnly()) {
          formPatterns = added(formPatterns, edge);
        } else {
          scanned = added(scanned, edge);
        }
      }
      return edge.target;
    }

    void addTerminal(T payload) {
      terminals = added(terminals, payload);
    }

    private static <K, V> Map<K, V> mutable(Map<K, V> map) {
      return map.isEmpty() && !(map instanceof HashMap) ? new LinkedHashMap<>(2) : map;
    }

    private static <E> List<E> added(List<E> list, E element) {
      List<E> into = list.isEmpty() && !(list instanceof ArrayList) ? new ArrayList<>(2) : list;
      into.add(element);
      return into;
    }

    /**
     * The form-pattern edges whose step matches this lower-case form. Words recur across sentences
     * and drafts, so each form is tested once; the cache is dropped when it grows large.
     */
    List<Edge<T>> byFormPattern(String lowerForm, TokenTest.CompiledRegexes regexes) {
      if (formPatterns.isEmpty()) {
        return List.of();
      }
      List<Edge<T>> verdict = formPatternVerdicts.get(lowerForm);
      if (verdict == null) {
        List<Edge<T>> matching = new ArrayList<>(1);
        for (Edge<T> edge : formPatterns) {
          if (edge.step.matchesForm(lowerForm, regexes)) {
            matching.add(edge);
          }
        }
        verdict = matching.isEmpty() ? List.of() : List.copyOf(matching);
        if (formPatternVerdicts.size() > MAX_CACHED_FORMS) {
          formPatternVerdicts.clear();
        }
        formPatternVerdicts.put(lowerForm, verdict);
      }
      return verdict;
    }

    /** Freezes the node's collections once building is done. */
    void freeze() {
      byForm = Map.copyOf(byForm);
      byLemma = Map.copyOf(byLemma);
      scanned = List.copyOf(scanned);
      formPatterns = List.copyOf(formPatterns);
      formPatternVerdicts = formPatterns.isEmpty() ? Map.of() : new ConcurrentHashMap<>();
      gaps = List.copyOf(gaps);
      lineEnds = List.copyOf(lineEnds);
      terminals = List.copyOf(terminals);
      for (Edge<T> edge : children.values()) {
        edge.target.freeze();
      }
      children = null;
    }
  }

  /** Collects patterns; not thread-safe. */
  public static final class Builder<T> {
    private final Node<T> root = new Node<>();
    private final Node<T> anchoredRoot = new Node<>();
    private final Map<String, Pattern> regexes = new ConcurrentHashMap<>();
    private int patterns;

    private Builder() {}

    public Builder<T> add(PhrasePattern pattern, T payload) {
      for (List<Step> variant : pattern.variants()) {
        Node<T> node = pattern.anchored() ? anchoredRoot : root;
        for (Step step : variant) {
          for (TokenTest test : step.tests()) {
            if (test.kind() == TokenTest.Kind.REGEX) {
              regexes.computeIfAbsent(test.value(), Pattern::compile);
            }
          }
          node = node.child(step);
        }
        node.addTerminal(payload);
      }
      patterns++;
      return this;
    }

    public int size() {
      return patterns;
    }

    public PhraseMatcher<T> build() {
      root.freeze();
      anchoredRoot.freeze();
      return new PhraseMatcher<>(root, anchoredRoot, Map.copyOf(regexes));
    }
  }
}
