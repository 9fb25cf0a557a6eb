package org.empathylint.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /v2/languages}: what this server checks, in LanguageTool's shape. */
final class LanguagesHandler extends JsonHandler {
  private final String json;

  LanguagesHandler(Collection<ServedLanguage> languages, Cors cors, PrintStream log) throws IOException {
    super(cors, Set.of("GET"), log);
    List<Map<String, String>> list = languages.stream()
        .map(l -> Map.of("name", l.displayName(), "code", l.code(), "longCode", l.longCode()))
        .toList();
    this.json = Exchanges.toJson(list);
  }

  @Override
  String answer(HttpExchange exchange) {
    return json;
  }
}
