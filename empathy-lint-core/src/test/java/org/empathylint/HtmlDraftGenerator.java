package org.empathylint;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.empathylint.HtmlOffsetsPropertyTest.GeneratedDraft;

/**
 * Random HTML reply drafts for the test pack: a salutation, paragraphs in p/div/br/li/td with
 * inline tags, entities, no-break spaces, comments and hidden elements, planted words the pack
 * flags (some spelt with entities or split by inline tags), a sign-off, a signature container
 * and a quote that both hold flagged words too.
 */
final class HtmlDraftGenerator {
  private static final String[] WORDS = {
      "din", "sag", "er", "nu", "set", "på", "i", "dag", "og", "vi", "har", "læst", "beskeden",
      "pakken", "kommer", "snart", "mandag", "svar", "hurtigt", "godt"};
  /** How the planted words may be written in the source; each still reads as the plain word. */
  private static final String[] TICKET = {
      "ticket", "ti<b>ck</b>et", "ti&#99;ket", "tick&#x65;t", "<i>ticket</i>", "ti<!-- x -->cket",
      "t<span style=\"color:red\">icke</span>t",
      "ticke&#116;"};
  private static final String[] ESCALATED = {
      "eskaleret", "eska<i>le</i>ret", "&#101;skaleret", "eskal<b>e</b>ret", "eskaler<u>et</u>"};
  private static final String[] SPACES = {" ", " ", " ", "\n", "&nbsp;", "  \n  ", " <span>", "<!-- c --> "};
  private static final String[] NOISE = {
      "<!-- kommentar med ticket -->", "<script>var ticket = 'eskaleret';</script>",
      "<style>.ticket { color: red }</style>", ""};

  private static final String[] SIGNATURES = {
      "<div class=\"gmail_signature\">Mette<br>Kundeservice, ticket-teamet</div>",
      "<div class=\"moz-signature\">-- <br>Mette, eskaleret support</div>",
      "<p>-- <br>Mette<br>ticket-teamet</p>", ""};
  private static final String[] QUOTES = {
      "<blockquote type=\"cite\">Kære kunde, min ticket er eskaleret.<br>Hilsen Bo Nielsen</blockquote>",
      "<div class=\"gmail_quote\"><div class=\"gmail_attr\">Den 3. mar. 2026 kl. 14.12 skrev Bo Nielsen"
          + " &lt;bo@example.dk&gt;:<br></div><blockquote class=\"gmail_quote\">Min ticket er"
          + " eskaleret.<br><br>Hilsen Bo</blockquote></div>",
      "<div class=\"moz-cite-prefix\">Den 03.03.2026 kl. 14:12 skrev Bo Nielsen:<br></div>"
          + "<blockquote type=\"cite\">Kære kunde, din ticket</blockquote>",
      "<div id=\"divRplyFwdMsg\"><b>Fra:</b> Bo Nielsen<br><b>Emne:</b> ticket</div>"
          + "<div>Min ticket er eskaleret.</div>",
      "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
          + "<p><b>Fra:</b> Bo Nielsen<br><b>Sendt:</b> 3. marts 2026</p></div><p>Kære kunde, ticket.</p>"};

  private final Random random;
  private final List<String> planted = new ArrayList<>();

  HtmlDraftGenerator(Random random) {
    this.random = random;
  }

  GeneratedDraft draft() {
    StringBuilder html = new StringBuilder();
    if (random.nextBoolean()) {
      html.append("<html><head><title>Svar</title><style>p { margin: 0 }</style></head><body>");
    }
    html.append(salutation());
    int paragraphs = 1 + random.nextInt(4);
    for (int i = 0; i < paragraphs; i++) {
      html.append(pick(NOISE)).append(block());
    }
    html.append(random.nextBoolean() ? "<p>Venlig hilsen<br>Support</p>" : "<div>Venlig hilsen</div><div>Mette</div>");
    int agentEnd = html.length();
    html.append(pick(SIGNATURES)).append(pick(QUOTES));
    return new GeneratedDraft(html.toString(), List.copyOf(planted), agentEnd);
  }

  private String salutation() {
    switch (random.nextInt(3)) {
      case 0:
        planted.add("Kære kunde");
        return pick(new String[] {"<p>Kære kunde</p>", "<div>K&aelig;re <b>kunde</b></div>", "Kære&nbsp;kunde<br><br>"});
      case 1:
        return "<p>Hej Bo</p>";
      default:
        return "";
    }
  }

  private String block() {
    switch (random.nextInt(5)) {
      case 0:
        return "<p>" + sentence() + "</p>";
      case 1:
        return "<div>" + sentence() + "<br>" + sentence() + "</div>";
      case 2:
        return "<ul><li>" + sentence() + "</li><li>" + sentence() + "</li></ul>";
      case 3:
        return "<table><tr><td>" + sentence() + "</td><td>" + sentence() + "</td></tr></table>";
      default:
        return sentence() + "<br><br>";
    }
  }

  /** A few words, maybe one planted word, ending in a full stop; a span may stay open. */
  private String sentence() {
    StringBuilder s = new StringBuilder("Vi");
    int words = 2 + random.nextInt(6);
    int plantAt = random.nextInt(3) == 0 ? -1 : random.nextInt(words);
    for (int i = 0; i < words; i++) {
      s.append(pick(SPACES));
      if (i == plantAt) {
        s.append(plant());
      } else {
        s.append(wrapped(pick(WORDS)));
      }
    }
    return s.append('.').toString();
  }

  private String plant() {
    if (random.nextBoolean()) {
      planted.add("ticket");
      return pick(TICKET);
    }
    planted.add("eskaleret");
    return pick(ESCALATED);
  }

  private String wrapped(String word) {
    return switch (random.nextInt(6)) {
      case 0 -> "<b>" + word + "</b>";
      case 1 -> "<a href=\"https://example.dk/?a=1&amp;b=2\">" + word + "</a>";
      default -> word;
    };
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
