package org.empathylint.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.empathylint.FindingCategory;
import org.empathylint.RulePackException;
import org.empathylint.RulePackWarning;
import org.empathylint.Severity;
import org.empathylint.pattern.PatternSyntaxException;
import org.empathylint.pattern.PhrasePattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads rule-pack and overlay YAML files. Every problem is reported as a {@link RulePackException}
 * with the file, line, column and what is wrong; nothing half-loaded is ever returned.
 *
 * <p>A category file:
 * <pre>
 * category: PROCESS_JARGON
 * name: Intern jargon                  # the category's name in the pack's language
 * description: ...                     # optional
 * rules:
 *   - id: NL_JARGON_TICKET
 *     phrase: "[&lt;ticket&gt;]"         # see {@link PhrasePattern} for the syntax
 *     unless: ["concert|vlieg"]        # optional: not a finding when found in the same sentence
 *     unless_next: ["wel"]             # optional: not a finding when found in the next sentence
 *     unless_customer: ["concert"]     # optional: not a finding when found in the customer's message
 *     unless_text: ["bootticket"]      # optional: not a finding when found anywhere in the agent's words
 *     message: "'{flagged}' ..."         # {flagged}: the flagged words as the draft has them
 *     short: ...                       # optional, defaults to the category name
 *     suggestions: [uw vraag, uw melding]   # optional; or per form: [{ticket: vraag, tickets: vragen}]
 *     no_suggestions_when: ["geldig ~2 ticket"]   # optional: matching over the flagged words, no replacement fits
 *     reply_only: true                 # optional: a finding only in a reply (a customer message given or
 *                                      # quoted, or a salutation), not in a help page or leaflet
 *     severity: suggestion             # optional: hint, suggestion (default) or warning
 *     examples:
 *       bad:  ["Ik heb een &lt;&lt;ticket&gt;&gt; voor u aangemaakt."]   # flagged at the marked words
 *       good: ["Uw vliegticket staat in de app."]                # never flagged by this entry
 * </pre>
 * The acknowledgement file has {@code missing}, {@code late}, {@code thanks}, {@code recognition},
 * {@code requests}, {@code distress} and {@code examples} instead (see the packs' own files).
 *
 * <p>An overlay's rules are entries as above (the category may be given once at the top, and
 * {@code replace: true} says that an entry with a pack entry's id replaces it), or a pack entry's id
 * with only {@code enabled: false} or {@code severity:}. An entry's category is a pack's span
 * category, never {@code LANGUAGETOOL}; a message may hold only the placeholder {@code {flagged}},
 * a suggestion only {@code {name}}, a short message none. An overlay that replaces a pack entry
 * without {@code replace: true} loads, with a warning in {@link Overlay#warnings()}.
 */
public final class RulePackLoader {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final String MARK_OPEN = "<<";
  private static final String MARK_CLOSE = ">>";

  private static final Set<String> CATEGORY_FILE_KEYS = Set.of("category", "name", "description", "rules");
  private static final Set<String> ACK_FILE_KEYS =
      Set.of("missing", "late", "thanks", "recognition", "requests", "distress", "examples", "mirror");
  private static final Set<String> OVERLAY_KEYS = union(Set.of("language", "category", "rules"),
      Set.of("thanks", "recognition", "requests", "distress", "examples"));
  private static final Set<String> ENTRY_KEYS = Set.of("id", "category", "phrase", "unless", "unless_next", "unless_customer", "unless_text", "message", "short",
      "suggestions", "no_suggestions_when", "reply_only", "severity", "examples");
  private static final Set<String> OVERLAY_ENTRY_KEYS = union(ENTRY_KEYS, Set.of("enabled", "replace"));
  private static final Set<String> EXAMPLE_GROUP_KEYS = Set.of("bad", "good");
  private static final Set<String> LEXICON_KEYS = Set.of("id", "phrase", "unless", "examples");
  private static final Set<String> LEXICON_EXAMPLE_KEYS = Set.of("matches", "ignores");
  private static final Set<String> EXAMPLE_KEYS = Set.of("text", "suggestion", "customer");
  private static final Set<String> TEXTS_KEYS =
      Set.of("name", "description", "message", "short", "suggestions", "distress_suggestions");
  private static final Set<String> DRAFT_EXAMPLE_KEYS = Set.of("customer", "draft", "expect");
  private static final Pattern PLACEHOLDER = Pattern.compile("…|\\.\\.\\.|\\{[^}]*}");
  private static final String NAME_PLACEHOLDER = "{name}";
  private static final Pattern BRACED = Pattern.compile("\\{[^}]*}");
  private static final String FLAGGED_PLACEHOLDER = "{flagged}";
  private static final Set<String> MIRROR_KEYS = Set.of("possessives", "articles", "first_person", "acquired_verbs", "default_register", "noun_tags",
      "adjective_tags", "name_tags", "beings", "states", "feelings", "feeling_verbs", "templates");
  private static final Set<String> REGISTERS_FILE_KEYS = Set.of("registers", "determiners");
  private static final Set<String> REGISTER_KEYS = Set.of("name", "words");
  /**
   * Word sequences all phrases of one overlay may spell out to (the packs' own: about 2,900 Dutch, 5,300
   * Danish), so that an overlay cannot make building the trie take minutes and gigabytes.
   */
  public static final int MAX_OVERLAY_VARIANTS = 20_000;
  /**
   * {@link PhrasePattern#gapWalks() Ways along the gaps} all phrases of one overlay may add (the packs'
   * own: about 5,600 Dutch, 5,500 Danish): each is tried at every word of a sentence.
   */
  public static final int MAX_OVERLAY_GAP_WALKS = 20_000;

  private final YamlTree yaml;
  private final Function<String, List<String>> wordTokenizer;
  private final boolean overlay;
  private int variants;
  private long gapWalks;

  private RulePackLoader(String file, Function<String, List<String>> wordTokenizer, boolean overlay) {
    this.yaml = new YamlTree(file);
    this.wordTokenizer = wordTokenizer;
    this.overlay = overlay;
  }

  /** One file of a pack as read: either span entries of one category, or the acknowledgement spec. */
  record PackFile(CategoryInfo category, List<PackEntry> entries, AcknowledgementSpec acknowledgement,
                  Map<FindingCategory, CategoryInfo> draftCategories, List<Register> registers,
                  Set<String> determiners) {}

  /** Reads one pack file from a reader; {@code file} names it in errors. */
  static PackFile readPackFile(String file, Reader reader, Function<String, List<String>> wordTokenizer) {
    return new RulePackLoader(file, wordTokenizer, false).packFile(reader);
  }

  /** Reads a pack file from the classpath. */
  static PackFile readPackResource(String resource, ClassLoader loader, Function<String, List<String>> tokenizer) {
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) {
      throw new RulePackException(resource, 0, 0, "pack file not found on the classpath");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return readPackFile(resource, reader, tokenizer);
    } catch (IOException e) {
      throw new RulePackException(resource, 0, 0, "cannot be read: " + e.getMessage());
    }
  }

  /** Reads a company overlay from a reader for the given pack; {@code file} names it in errors. */
  public static Overlay readOverlay(String file, Reader reader, RulePack pack) {
    return readOverlay(file, reader, pack, false).orElseThrow();
  }

  /**
   * Reads a company overlay from a reader; {@code file} names it in errors. An overlay whose
   * {@code language:} is another language's is an error, unless it is {@code shared} (given to the
   * packs of every language, as the command line's {@code --rules}): then it is empty when that
   * language has a pack.
   */
  public static Optional<Overlay> readOverlay(String file, Reader reader, RulePack pack, boolean shared) {
    return new RulePackLoader(file, RulePacks.wordTokenizer(pack.language()), true).overlayFile(reader, pack, shared);
  }

  // ---------------------------------------------------------------------------------------------

  private PackFile packFile(Reader reader) {
    Node root = yaml.compose(reader);
    if (root instanceof MappingNode mapping && mapping.getValue().stream()
        .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("missing"))) {
      Map<String, Node> keys = yaml.mapping(root, "the acknowledgement file", ACK_FILE_KEYS);
      Map<FindingCategory, CategoryInfo> infos = new EnumMap<>(FindingCategory.class);
      AcknowledgementSpec.Texts missing = texts(yaml.required(keys, root, "missing", "the acknowledgement file"),
          FindingCategory.MISSING_ACKNOWLEDGEMENT, infos, true);
      AcknowledgementSpec.Texts late = texts(yaml.required(keys, root, "late", "the acknowledgement file"),
          FindingCategory.LATE_ACKNOWLEDGEMENT, infos, false);
      return new PackFile(null, List.of(), acknowledgement(keys, missing, late), infos, List.of(), Set.of());
    }
    if (root instanceof MappingNode mapping && mapping.getValue().stream()
        .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && REGISTERS_FILE_KEYS.contains(k.getValue()))) {
      Map<String, Node> keys = yaml.mapping(root, "the language file", REGISTERS_FILE_KEYS);
      Set<String> determiners = new LinkedHashSet<>();
      if (keys.containsKey("determiners")) {
        for (String word : yaml.strings(keys.get("determiners"), "determiners")) {
          determiners.add(word.toLowerCase(java.util.Locale.ROOT));
        }
      }
      return new PackFile(null, List.of(), null, Map.of(),
          keys.containsKey("registers") ? registers(keys.get("registers")) : List.of(), determiners);
    }
    Map<String, Node> keys = yaml.mapping(root, "a category file", CATEGORY_FILE_KEYS);
    Node categoryNode = yaml.required(keys, root, "category", "a category file");
    FindingCategory category = entryCategory(categoryNode);
    String name = yaml.string(yaml.required(keys, root, "name", "a category file"), "name");
    String description = keys.containsKey("description") ? yaml.string(keys.get("description"), "description") : name;
    CategoryInfo info = new CategoryInfo(category, name, description);
    List<PackEntry> entries = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Node item : yaml.sequence(yaml.required(keys, root, "rules", "a category file"), "rules")) {
      PackEntry entry = entry(item, category, info);
      if (!ids.add(entry.id())) {
        throw yaml.error(item, "duplicate rule id " + entry.id());
      }
      entries.add(entry);
    }
    return new PackFile(info, entries, null, Map.of(), List.of(), Set.of());
  }

  /** The overlay, or empty when it is {@code shared} and for another language that has a pack. */
  private Optional<Overlay> overlayFile(Reader reader, RulePack pack, boolean shared) {
    Node root = yaml.compose(reader);
    Map<String, Node> keys = yaml.mapping(root, "an overlay file", OVERLAY_KEYS);
    if (keys.containsKey("language")) {
      String language = yaml.string(keys.get("language"), "language");
      if (shared && !RulePacks.availableLanguages().contains(language)) {
        throw yaml.error(keys.get("language"), "this overlay is for language '" + language
            + "', which has no rule pack (available: " + String.join(", ", RulePacks.availableLanguages()) + ")");
      }
      if (shared && !language.equals(pack.language())) {
        return Optional.empty();
      }
      if (!language.equals(pack.language())) {
        throw yaml.error(keys.get("language"), "this overlay is for language '" + language
            + "' but is applied to the '" + pack.language() + "' pack");
      }
    }
    FindingCategory defaultCategory = keys.containsKey("category") ? entryCategory(keys.get("category")) : null;
    List<PackEntry> added = new ArrayList<>();
    Set<String> disabled = new LinkedHashSet<>();
    Map<String, Severity> severities = new HashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    List<RulePackWarning> warnings = new ArrayList<>();
    if (keys.containsKey("rules")) {
      for (Node item : yaml.sequence(keys.get("rules"), "rules")) {
        Map<String, Node> entryKeys = yaml.mapping(item, "a rule", OVERLAY_ENTRY_KEYS);
        String id = id(yaml.required(entryKeys, item, "id", "a rule"));
        if (!seen.add(id)) {
          throw yaml.error(item, "duplicate rule id " + id);
        }
        boolean existing = pack.entry(id).isPresent();
        if (!entryKeys.containsKey("phrase")) {
          if (!existing) {
            throw yaml.error(item, "rule " + id + " is not in the '" + pack.language()
                + "' pack; to add it, give it a phrase, message, suggestions and examples");
          }
          Set<String> extra = new LinkedHashSet<>(entryKeys.keySet());
          extra.removeAll(Set.of("id", "enabled", "severity"));
          if (!extra.isEmpty()) {
            throw yaml.error(item, "to change pack rule " + id + " give only 'enabled' or 'severity'"
                + " (or a 'phrase' to replace it whole); found: " + String.join(", ", extra));
          }
          if (entryKeys.containsKey("enabled") && !yaml.bool(entryKeys.get("enabled"), "enabled")) {
            disabled.add(id);
          }
          if (entryKeys.containsKey("severity")) {
            severities.put(id, severity(entryKeys.get("severity")));
          }
          continue;
        }
        boolean replace = entryKeys.containsKey("replace") && yaml.bool(entryKeys.get("replace"), "replace");
        if (replace && !existing) {
          throw yaml.error(entryKeys.get("replace"), "rule " + id + " says 'replace: true' but the '"
              + pack.language() + "' pack has no entry " + id + " to replace");
        }
        if (existing && !replace) {
          warnings.add(yaml.warning(item, "rule " + id + " replaces the pack's entry " + id + " ("
              + pack.entry(id).get().source() + "); write 'replace: true' in it to say that is meant,"
              + " or give it an id of its own to add it"));
        }
        FindingCategory category = entryKeys.containsKey("category") ? entryCategory(entryKeys.get("category"))
            : existing ? pack.entry(id).get().category() : defaultCategory;
        if (category == null) {
          throw yaml.error(item, "rule " + id + " needs a category (per rule, or 'category:' at the top of the file)");
        }
        PackEntry entry = entry(item, category, pack.category(category));
        if (entryKeys.containsKey("enabled") && !yaml.bool(entryKeys.get("enabled"), "enabled")) {
          disabled.add(id);
        }
        added.add(entry);
      }
    }
    AcknowledgementSpec extraAck = null;
    if (keys.keySet().stream().anyMatch(k -> ACK_FILE_KEYS.contains(k))) {
      extraAck = acknowledgement(keys, null, null);
    }
    return Optional.of(new Overlay(yaml.file(), added, disabled, severities, Map.of(), extraAck, warnings));
  }

  private PackEntry entry(Node item, FindingCategory category, CategoryInfo info) {
    Map<String, Node> keys = yaml.mapping(item, "a rule", overlay ? OVERLAY_ENTRY_KEYS : ENTRY_KEYS);
    String id = id(yaml.required(keys, item, "id", "a rule"));
    String what = "rule " + id;
    if (category.scope() != FindingCategory.Scope.SPAN) {
      throw yaml.error(item, what + ": " + category + " is a draft-level category; its words belong in the"
          + " acknowledgement file");
    }
    PhrasePattern phrase = pattern(yaml.required(keys, item, "phrase", what));
    List<PhrasePattern> unless = new ArrayList<>();
    if (keys.containsKey("unless")) {
      for (Node node : listNodes(keys.get("unless"), what + " unless")) {
        unless.add(pattern(node));
      }
    }
    List<PhrasePattern> unlessNext = new ArrayList<>();
    if (keys.containsKey("unless_next")) {
      for (Node node : listNodes(keys.get("unless_next"), what + " unless_next")) {
        unlessNext.add(pattern(node));
      }
    }
    List<PhrasePattern> unlessCustomer = new ArrayList<>();
    if (keys.containsKey("unless_customer")) {
      for (Node node : listNodes(keys.get("unless_customer"), what + " unless_customer")) {
        unlessCustomer.add(pattern(node));
      }
    }
    List<PhrasePattern> unlessText = new ArrayList<>();
    if (keys.containsKey("unless_text")) {
      for (Node node : listNodes(keys.get("unless_text"), what + " unless_text")) {
        unlessText.add(pattern(node));
      }
    }
    Node messageNode = yaml.required(keys, item, "message", what);
    String message = yaml.string(messageNode, what + " message");
    checkPlaceholders(messageNode, message, what + " message", Set.of(FLAGGED_PLACEHOLDER),
        " (the flagged words as the draft has them)");
    String shortMessage = info.name();
    if (keys.containsKey("short")) {
      shortMessage = yaml.string(keys.get("short"), what + " short");
      checkPlaceholders(keys.get("short"), shortMessage, what + " short", Set.of(), "");
    }
    List<Replacement> suggestions = keys.containsKey("suggestions")
        ? replacements(keys.get("suggestions"), what) : List.of();
    List<PhrasePattern> noSuggestionsWhen = new ArrayList<>();
    if (keys.containsKey("no_suggestions_when")) {
      for (Node node : listNodes(keys.get("no_suggestions_when"), what + " no_suggestions_when")) {
        noSuggestionsWhen.add(pattern(node));
      }
    }
    boolean replyOnly = keys.containsKey("reply_only") && yaml.bool(keys.get("reply_only"), what + " reply_only");
    Severity severity = keys.containsKey("severity") ? severity(keys.get("severity")) : Severity.SUGGESTION;
    Node examplesNode = yaml.required(keys, item, "examples", what);
    Map<String, Node> exampleGroups = yaml.mapping(examplesNode, what + " examples", EXAMPLE_GROUP_KEYS);
    List<Example> bad = examples(yaml.required(exampleGroups, examplesNode, "bad", what + " examples"), true, what);
    List<Example> good = new ArrayList<>();
    if (exampleGroups.containsKey("good")) {
      good = examples(exampleGroups.get("good"), false, what);
    } else if (!overlay) {
      throw yaml.error(examplesNode, what + " examples has no 'good' (a sentence the rule must leave alone)");
    }
    for (Example example : bad) {
      if (example.suggestion() != null && !example.suggestion().isEmpty()
          && suggestions.stream().flatMap(r -> r.texts().stream()).noneMatch(s -> s.equals(example.suggestion()) || s.contains("{"))) {
        throw new RulePackException(example.source().file(), example.source().line(), example.source().column(),
            what + ": the example expects suggestion '" + example.suggestion() + "', which is not in its suggestions");
      }
    }
    if (!noSuggestionsWhen.isEmpty() && bad.stream().noneMatch(e -> "".equals(e.suggestion()))) {
      throw yaml.error(keys.get("no_suggestions_when"), what + ": no_suggestions_when needs a bad example that"
          + " shows it ({text: ..., suggestion: \"\"}: flagged, but no replacement offered)");
    }
    return new PackEntry(id, category, phrase, unless, unlessNext, unlessCustomer, unlessText, message, shortMessage, suggestions,
        noSuggestionsWhen, replyOnly, severity, bad, good, yaml.sourceOf(item));
  }

  /**
   * An entry's replacements: each a text, or a mapping from a flagged form to its text. A
   * replacement is put in place of the flagged words on one click, so it may hold no placeholder
   * for the agent to fill in ("…", "...", or any {x} but {name}).
   */
  private List<Replacement> replacements(Node node, String what) {
    List<Replacement> replacements = new ArrayList<>();
    List<Node> items = node instanceof ScalarNode ? List.of(node) : yaml.sequence(node, what + " suggestions");
    for (Node item : items) {
      if (item instanceof MappingNode mapping) {
        Map<String, String> forms = new java.util.LinkedHashMap<>();
        for (org.yaml.snakeyaml.nodes.NodeTuple tuple : mapping.getValue()) {
          String form = yaml.string(tuple.getKeyNode(), what + " suggestion form");
          String text = yaml.string(tuple.getValueNode(), what + " suggestion for '" + form + "'");
          checkInsertable(tuple.getValueNode(), text, what + " suggestion");
          if (forms.put(Replacement.formKey(form), text) != null) {
            throw yaml.error(tuple.getKeyNode(), what + ": the form '" + form + "' is given twice");
          }
        }
        if (forms.isEmpty()) {
          throw yaml.error(item, what + ": a suggestion per form needs at least one form");
        }
        replacements.add(new Replacement(null, forms, yaml.sourceOf(item)));
      } else {
        String text = yaml.string(item, what + " suggestion");
        checkInsertable(item, text, what + " suggestion");
        replacements.add(Replacement.of(text, yaml.sourceOf(item)));
      }
    }
    return replacements;
  }


  /** A text that goes into the draft as it is: no placeholder but {name}. */
  private void checkInsertable(Node node, String text, String what) {
    java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (m.group().equals(NAME_PLACEHOLDER)) {
        continue;
      }
      org.yaml.snakeyaml.error.Mark mark = node.getStartMark();
      // Point at the placeholder itself when the text is written on one line.
      int column = mark.getColumn() + 1 + (text.indexOf('\n') < 0 ? m.start() + quoteWidth(node) : 0);
      throw new RulePackException(yaml.file(), mark.getLine() + 1, column, what + " '" + text + "' holds the placeholder '"
          + m.group() + "': a suggestion is put into the draft on one click, so it must be complete"
          + " (say in the message how to finish such a sentence)"
          + (m.group().startsWith("{") ? "; the only placeholder is " + NAME_PLACEHOLDER : ""));
    }
  }

  /** A message may hold only the placeholders it fills in; "{naam}" would reach the agent as it is. */
  private void checkPlaceholders(Node node, String text, String what, Set<String> allowed, String meaning) {
    java.util.regex.Matcher m = BRACED.matcher(text);
    while (m.find()) {
      if (allowed.contains(m.group())) {
        continue;
      }
      org.yaml.snakeyaml.error.Mark mark = node.getStartMark();
      int column = mark.getColumn() + 1 + (text.indexOf('\n') < 0 ? m.start() + quoteWidth(node) : 0);
      throw new RulePackException(yaml.file(), mark.getLine() + 1, column, what + " holds '" + m.group()
          + "', which is not filled in: it would be shown as it is"
          + (allowed.isEmpty() ? "; it may hold no placeholder"
          : "; the only placeholder here is " + String.join(", ", allowed) + meaning));
    }
  }

  private static int quoteWidth(Node node) {
    return node instanceof ScalarNode scalar && scalar.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN ? 1 : 0;
  }


  private List<String> insertable(Node node, String what) {
    List<Node> items = node instanceof ScalarNode ? List.of(node) : yaml.sequence(node, what);
    List<String> texts = new ArrayList<>();
    for (Node item : items) {
      String text = yaml.string(item, what);
      checkInsertable(item, text, what);
      texts.add(text);
    }
    return texts;
  }

  private AcknowledgementSpec acknowledgement(Map<String, Node> keys, AcknowledgementSpec.Texts missing,
      AcknowledgementSpec.Texts late) {
    return new AcknowledgementSpec(missing, late,
        lexicon(keys.get("thanks")), lexicon(keys.get("recognition")),
        lexicon(keys.get("requests")), lexicon(keys.get("distress")),
        draftExamples(keys.get("examples")), keys.containsKey("mirror") ? mirror(keys.get("mirror")) : null);
  }


  /** The acknowledgement file's {@code mirror:} section (see {@link MirrorSpec}). */
  private MirrorSpec mirror(Node node) {
    String what = "mirror";
    Map<String, Node> keys = yaml.mapping(node, what, MIRROR_KEYS);
    Map<String, Map<String, String>> possessives = wordsByRegister(yaml.required(keys, node, "possessives", what),
        "mirror possessives");
    Map<String, Map<String, String>> articles = keys.containsKey("articles")
        ? wordsByRegister(keys.get("articles"), "mirror articles") : Map.of();
    Set<String> firstPerson = keys.containsKey("first_person")
        ? lowerSet(yaml.strings(keys.get("first_person"), "mirror first_person")) : Set.of();
    Set<String> acquiredVerbs = keys.containsKey("acquired_verbs")
        ? lowerSet(yaml.strings(keys.get("acquired_verbs"), "mirror acquired_verbs")) : Set.of();
    String defaultRegister = yaml.string(yaml.required(keys, node, "default_register", what), "default_register");
    String nounTags = regex(yaml.required(keys, node, "noun_tags", what));
    String adjectiveTags = regex(yaml.required(keys, node, "adjective_tags", what));
    String nameTags = regex(yaml.required(keys, node, "name_tags", what));
    Map<String, Set<String>> beings = wordSets(yaml.required(keys, node, "beings", what), "mirror beings", MirrorSpec.KINDS);
    Map<String, Set<String>> states = wordSets(yaml.required(keys, node, "states", what), "mirror states", MirrorSpec.STATES);
    Set<String> feelings = lowerSet(yaml.strings(yaml.required(keys, node, "feelings", what), "mirror feelings"));
    Set<String> feelingVerbs = lowerSet(yaml.strings(yaml.required(keys, node, "feeling_verbs", what), "mirror feeling_verbs"));
    Map<String, Map<String, List<String>>> templates = new java.util.LinkedHashMap<>();
    Node templatesNode = yaml.required(keys, node, "templates", what);
    for (Map.Entry<String, Node> e : yaml.mapping(templatesNode, "mirror templates", MirrorSpec.SITUATIONS).entrySet()) {
      Map<String, List<String>> byRegister = new java.util.LinkedHashMap<>();
      for (Map.Entry<String, Node> r : yaml.mapping(e.getValue(), "mirror templates " + e.getKey(), null).entrySet()) {
        List<String> texts = new ArrayList<>();
        List<Node> items = r.getValue() instanceof ScalarNode ? List.of(r.getValue()) : yaml.sequence(r.getValue(), "templates");
        for (Node item : items) {
          String text = yaml.string(item, "mirror template");
          java.util.regex.Matcher m = Pattern.compile("\\{[^}]*}|…|\\.\\.\\.").matcher(text);
          while (m.find()) {
            if (!MirrorSpec.PLACEHOLDERS.contains(m.group())) {
              throw yaml.error(item, "mirror template '" + text + "' holds '" + m.group() + "'; it may use only "
                  + String.join(", ", new java.util.TreeSet<>(MirrorSpec.PLACEHOLDERS)));
            }
          }
          texts.add(text);
        }
        byRegister.put(r.getKey(), texts);
      }
      templates.put(e.getKey(), byRegister);
    }
    return new MirrorSpec(possessives, articles, firstPerson, acquiredVerbs, defaultRegister, nounTags, adjectiveTags, nameTags, beings, states, feelings,
        feelingVerbs, templates, yaml.sourceOf(node));
  }

  /** word → (register → the agent's word), e.g. {@code mijn: {u: uw, je: je}}. */
  private Map<String, Map<String, String>> wordsByRegister(Node node, String what) {
    Map<String, Map<String, String>> words = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Node> e : yaml.mapping(node, what, null).entrySet()) {
      Map<String, String> byRegister = new java.util.LinkedHashMap<>();
      yaml.mapping(e.getValue(), what + " '" + e.getKey() + "'", null)
          .forEach((register, word) -> byRegister.put(register, yaml.string(word, what)));
      words.put(e.getKey().toLowerCase(java.util.Locale.ROOT), byRegister);
    }
    return words;
  }

  private String regex(Node node) {
    String value = yaml.string(node, "tag regex");
    try {
      Pattern.compile(value);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw yaml.error(node, "not a valid regex: " + e.getDescription());
    }
    return value;
  }

  private Map<String, Set<String>> wordSets(Node node, String what, Set<String> allowed) {
    Map<String, Set<String>> sets = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Node> e : yaml.mapping(node, what, allowed).entrySet()) {
      sets.put(e.getKey(), lowerSet(yaml.strings(e.getValue(), what + " " + e.getKey())));
    }
    return sets;
  }

  private static Set<String> lowerSet(List<String> words) {
    Set<String> set = new LinkedHashSet<>();
    words.forEach(w -> set.add(w.toLowerCase(java.util.Locale.ROOT)));
    return set;
  }

  private AcknowledgementSpec.Texts texts(Node node, FindingCategory category,
      Map<FindingCategory, CategoryInfo> infos, boolean distressSuggestions) {
    String what = "'" + category + "'";
    Map<String, Node> keys = yaml.mapping(node, what, TEXTS_KEYS);
    String name = yaml.string(yaml.required(keys, node, "name", what), what + " name");
    String description = keys.containsKey("description") ? yaml.string(keys.get("description"), "description") : name;
    infos.put(category, new CategoryInfo(category, name, description));
    String message = yaml.string(yaml.required(keys, node, "message", what), what + " message");
    String shortMessage = keys.containsKey("short") ? yaml.string(keys.get("short"), what + " short") : name;
    List<String> suggestions = insertable(yaml.required(keys, node, "suggestions", what), what + " suggestions");
    List<String> distress = List.of();
    if (distressSuggestions) {
      distress = insertable(yaml.required(keys, node, "distress_suggestions", what), what + " distress_suggestions");
    } else if (keys.containsKey("distress_suggestions")) {
      throw yaml.error(keys.get("distress_suggestions"), "distress_suggestions only apply to 'missing'");
    }
    return new AcknowledgementSpec.Texts(message, shortMessage, suggestions, distress, yaml.sourceOf(node));
  }

  private List<LexiconEntry> lexicon(Node node) {
    List<LexiconEntry> entries = new ArrayList<>();
    if (node == null) {
      return entries;
    }
    for (Node item : yaml.sequence(node, "a word list")) {
      Map<String, Node> keys = yaml.mapping(item, "a word-list entry", LEXICON_KEYS);
      String id = id(yaml.required(keys, item, "id", "a word-list entry"));
      String what = "entry " + id;
      PhrasePattern phrase = pattern(yaml.required(keys, item, "phrase", what));
      List<PhrasePattern> unless = new ArrayList<>();
      if (keys.containsKey("unless")) {
        for (Node u : listNodes(keys.get("unless"), what + " unless")) {
          unless.add(pattern(u));
        }
      }
      Node examplesNode = yaml.required(keys, item, "examples", what);
      Map<String, Node> groups = yaml.mapping(examplesNode, what + " examples", LEXICON_EXAMPLE_KEYS);
      List<Example> matches = examples(yaml.required(groups, examplesNode, "matches", what + " examples"), true, what);
      List<Example> ignores = groups.containsKey("ignores") ? examples(groups.get("ignores"), false, what) : List.of();
      entries.add(new LexiconEntry(id, phrase, unless, matches, ignores, yaml.sourceOf(item)));
    }
    return entries;
  }

  private List<DraftExample> draftExamples(Node node) {
    List<DraftExample> examples = new ArrayList<>();
    if (node == null) {
      return examples;
    }
    for (Node item : yaml.sequence(node, "examples")) {
      Map<String, Node> keys = yaml.mapping(item, "a draft example", DRAFT_EXAMPLE_KEYS);
      String customer = keys.containsKey("customer") ? yaml.string(keys.get("customer"), "customer") : null;
      String draft = yaml.string(yaml.required(keys, item, "draft", "a draft example"), "draft");
      Set<FindingCategory> expect = EnumSet.noneOf(FindingCategory.class);
      Node expectNode = yaml.required(keys, item, "expect", "a draft example");
      for (Node c : yaml.sequence(expectNode, "expect")) {
        FindingCategory category = category(c);
        if (category.scope() != FindingCategory.Scope.DRAFT) {
          throw yaml.error(c, "draft examples only expect MISSING_ACKNOWLEDGEMENT or LATE_ACKNOWLEDGEMENT");
        }
        expect.add(category);
      }
      examples.add(new DraftExample(customer, draft, expect, yaml.sourceOf(item)));
    }
    return examples;
  }

  private List<Register> registers(Node node) {
    List<Register> registers = new ArrayList<>();
    for (Node item : yaml.sequence(node, "registers")) {
      Map<String, Node> keys = yaml.mapping(item, "a register", REGISTER_KEYS);
      String name = yaml.string(yaml.required(keys, item, "name", "a register"), "register name");
      Set<String> words = new LinkedHashSet<>();
      for (String word : yaml.strings(yaml.required(keys, item, "words", "register " + name), "register words")) {
        words.add(word.startsWith("=") ? word : word.toLowerCase(java.util.Locale.ROOT));
      }
      registers.add(new Register(name, words, yaml.sourceOf(item)));
    }
    if (registers.size() < 2) {
      throw yaml.error(node, "give at least two registers (for example 'u' and 'je'), or leave the file out");
    }
    return registers;
  }

  private List<Example> examples(Node node, boolean marked, String what) {
    List<Example> examples = new ArrayList<>();
    for (Node item : listNodes(node, what + " examples")) {
      String raw;
      String suggestion = null;
      String customer = null;
      if (item instanceof MappingNode) {
        Map<String, Node> keys = yaml.mapping(item, "an example", EXAMPLE_KEYS);
        raw = yaml.string(yaml.required(keys, item, "text", "an example"), "example text");
        // suggestion: "" says the finding offers no replacement there (no_suggestions_when).
        Node expected = keys.get("suggestion");
        suggestion = expected instanceof ScalarNode scalar && scalar.getValue().isEmpty() ? ""
            : yaml.optionalString(keys, "suggestion", "example suggestion");
        customer = yaml.optionalString(keys, "customer", "example customer");
      } else {
        raw = yaml.string(item, what + " example");
      }
      examples.add(example(item, raw, marked, suggestion, customer, what));
    }
    if (examples.isEmpty()) {
      throw yaml.error(node, what + " needs at least one example here");
    }
    return examples;
  }

  private Example example(Node node, String raw, boolean marked, String suggestion, String customer, String what) {
    int open = raw.indexOf(MARK_OPEN);
    int close = raw.indexOf(MARK_CLOSE);
    if (!marked) {
      if (open >= 0 || close >= 0) {
        throw yaml.error(node, what + ": this example must not be flagged, so it must not mark words with << >>");
      }
      if (suggestion != null) {
        throw yaml.error(node, what + ": an example that must not be flagged cannot expect a suggestion");
      }
      return new Example(raw, -1, -1, null, customer, yaml.sourceOf(node));
    }
    if (open < 0 || close < open || raw.indexOf(MARK_OPEN, open + 1) >= 0 || raw.indexOf(MARK_CLOSE, close + 1) >= 0) {
      throw yaml.error(node, what + ": example does not parse: mark the flagged words once, like"
          + " \"Wij hebben uw <<ticket>> ontvangen.\"");
    }
    String text = raw.substring(0, open) + raw.substring(open + 2, close) + raw.substring(close + 2);
    if (close == open + 2) {
      throw yaml.error(node, what + ": example does not parse: the marked words << >> are empty");
    }
    return new Example(text, open, close - 2, suggestion, customer, yaml.sourceOf(node));
  }

  private List<Node> listNodes(Node node, String what) {
    if (node instanceof ScalarNode) {
      return List.of(node);
    }
    return yaml.sequence(node, what);
  }

  private PhrasePattern pattern(Node node) {
    String source = yaml.string(node, "a phrase");
    PhrasePattern pattern;
    try {
      pattern = PhrasePattern.parse(source);
    } catch (PatternSyntaxException e) {
      throw yaml.error(node, "phrase \"" + abbreviated(source) + "\": " + e.getMessage() + " (at character "
          + (e.position() + 1) + ")");
    }
    variants += pattern.variants().size();
    if (overlay && variants > MAX_OVERLAY_VARIANTS) {
      throw yaml.error(node, "the overlay's phrases spell out to more than " + MAX_OVERLAY_VARIANTS
          + " word sequences in all (optional words and alternatives multiply them); use fewer or simpler phrases");
    }
    gapWalks += pattern.gapWalks();
    if (overlay && gapWalks > MAX_OVERLAY_GAP_WALKS) {
      throw yaml.error(node, "the overlay's gaps (~N) give more than " + MAX_OVERLAY_GAP_WALKS
          + " ways to walk a sentence in all (a ~3 can skip 0 to 3 words: 4 ways, and the gaps of one"
          + " word sequence multiply); use fewer or narrower gaps");
    }
    for (String form : pattern.literalForms()) {
      List<String> tokens = wordTokenizer.apply(form);
      if (tokens.size() != 1) {
        throw yaml.error(node, "phrase \"" + source + "\" can never match: the word '" + form
            + "' is split by the tokenizer into " + tokens + "; write the parts as separate words");
      }
    }
    return pattern;
  }

  /** A phrase as quoted in an error: its start, when it is very long. */
  private static String abbreviated(String phrase) {
    return phrase.length() <= 200 ? phrase : phrase.substring(0, 200) + "…";
  }

  private String id(Node node) {
    String id = yaml.string(node, "id");
    if (!ID.matcher(id).matches()) {
      throw yaml.error(node, "rule id '" + id + "' must be upper case letters, digits and _ (like NL_JARGON_TICKET)");
    }
    return id;
  }

  private FindingCategory category(Node node) {
    String id = yaml.string(node, "category");
    return FindingCategory.byId(id).orElseThrow(() -> yaml.error(node, "unknown category '" + id
        + "' (expected one of: " + String.join(", ", java.util.Arrays.stream(FindingCategory.values())
        .map(FindingCategory::id).toList()) + ")"));
  }

  /** The category of a pack or overlay entry: a span category of the packs, not LanguageTool's own. */
  private FindingCategory entryCategory(Node node) {
    FindingCategory category = category(node);
    if (category == FindingCategory.LANGUAGETOOL) {
      throw yaml.error(node, "category LANGUAGETOOL is for LanguageTool's own grammar and spelling rules, so an"
          + " entry of it would never be reported; use one of: " + String.join(", ", java.util.Arrays
          .stream(FindingCategory.values()).filter(c -> c.scope() == FindingCategory.Scope.SPAN
              && c != FindingCategory.LANGUAGETOOL).map(FindingCategory::id).toList()));
    }
    return category;
  }

  private Severity severity(Node node) {
    try {
      return Severity.parse(yaml.string(node, "severity"));
    } catch (IllegalArgumentException e) {
      throw yaml.error(node, e.getMessage());
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
