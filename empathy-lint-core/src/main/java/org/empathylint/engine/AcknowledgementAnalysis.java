package org.empathylint.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.empathylint.FindingCategory;
import org.empathylint.structure.DraftStructure;
import org.empathylint.structure.Span;
import org.languagetool.AnalyzedSentence;

/**
 * Reads a draft's body in order for the two acknowledgement rules: where the customer is first
 * acknowledged, and where they are first asked for data or action. Both rules ask about the same
 * draft in turn, so the last result is remembered.
 */
final class AcknowledgementAnalysis {
  private final RuleSet ruleSet;
  private final AtomicReference<Result> last = new AtomicReference<>();

  /** Positions are absolute in the checked text; {@code acknowledgement}/{@code request} may be null. */
  record Result(List<AnalyzedSentence> sentences, String text, Span firstBodySentence, Span acknowledgementSentence,
                Span acknowledgement, Span requestSentence, Span request, AnalyzedSentence firstBodyAnalyzed,
                AnalyzedSentence requestAnalyzed) {}

  AcknowledgementAnalysis(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
  }

  Result analyze(List<AnalyzedSentence> sentences) {
    Result memo = last.get();
    if (memo != null && memo.sentences == sentences) {
      return memo;
    }
    Result result = compute(sentences);
    last.set(result);
    return result;
  }

  void forget() {
    last.set(null);
  }

  private Result compute(List<AnalyzedSentence> sentences) {
    StringBuilder joined = new StringBuilder();
    sentences.forEach(s -> joined.append(s.getText()));
    String text = joined.toString();
    int bodyStart = DraftStructure.salutationOf(text).map(Span::end).orElse(0);
    List<ScannedSentence> scans = ruleSet.scanner().scanAll(sentences);
    boolean distressed = ruleSet.context().distressed();

    Span firstBody = null;
    AnalyzedSentence firstBodyAnalyzed = null;
    Span ack = null;
    Span ackSentence = null;
    Span request = null;
    Span requestSentence = null;
    AnalyzedSentence requestAnalyzed = null;
    int offset = 0;
    for (int i = 0; i < sentences.size(); i++) {
      AnalyzedSentence sentence = sentences.get(i);
      int start = offset;
      offset += sentence.getCorrectedTextLength();
      Span sentenceSpan = trimmed(text, Math.max(start, bodyStart), offset);
      if (sentenceSpan == null) {
        continue;
      }
      if (firstBody == null) {
        firstBody = sentenceSpan;
        firstBodyAnalyzed = sentence;
      }
      ScannedSentence scanned = scans.get(i);
      List<Span> cold = new ArrayList<>();
      scanned.findings(FindingCategory.COLD_PHRASE).forEach(h -> cold.add(new Span(start + h.fromPos(), start + h.toPos())));
      if (ack == null) {
        ack = firstAcknowledgement(scanned, start, bodyStart, cold, distressed);
        if (ack != null) {
          ackSentence = sentenceSpan;
        }
      }
      if (request == null) {
        for (Hit hit : scanned.lexicon(PatternUse.Role.REQUEST)) {
          if (start + hit.fromPos() >= bodyStart) {
            request = new Span(start + hit.fromPos(), start + hit.toPos());
            requestSentence = sentenceSpan;
            requestAnalyzed = sentence;
            break;
          }
        }
      }
    }
    return new Result(sentences, text, firstBody, ackSentence, ack, requestSentence, request, firstBodyAnalyzed,
        requestAnalyzed);
  }

  /** The first acknowledgement in the sentence; a stock receipt confirmation never counts. */
  private static Span firstAcknowledgement(ScannedSentence scanned, int start, int bodyStart, List<Span> cold,
      boolean distressed) {
    List<Hit> candidates = new ArrayList<>(scanned.lexicon(PatternUse.Role.RECOGNITION));
    if (!distressed) {
      candidates.addAll(scanned.lexicon(PatternUse.Role.THANKS));
    }
    candidates.sort(java.util.Comparator.comparingInt(Hit::fromPos));
    for (Hit hit : candidates) {
      Span span = new Span(start + hit.fromPos(), start + hit.toPos());
      boolean inColdPhrase = cold.stream().anyMatch(c -> c.start() < span.end() && span.start() < c.end());
      if (span.start() >= bodyStart && !inColdPhrase) {
        return span;
      }
    }
    return null;
  }

  private static Span trimmed(CharSequence text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return from < to ? new Span(from, to) : null;
  }
}
