package org.empathylint.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who counts as an agent in a mail archive: whole addresses ({@code anna@acme.nl}) and domains
 * ({@code acme.nl} or {@code @acme.nl}, which include their subdomains).
 */
public final class AgentAddresses {
  private final Set<String> addresses = new HashSet<>();
  private final Set<String> domains = new HashSet<>();

  /** @throws IllegalArgumentException for an empty entry */
  public AgentAddresses(List<String> entries) {
    for (String entry : entries) {
      String e = entry.trim().toLowerCase(Locale.ROOT);
      if (e.isEmpty() || e.equals("@")) {
        throw new IllegalArgumentException("an agent address or domain is empty");
      }
      int at = e.indexOf('@');
      if (at > 0) {
        addresses.add(e);
      } else {
        domains.add(at == 0 ? e.substring(1) : e);
      }
    }
  }

  /** Whether no addresses or domains were given. */
  public boolean isEmpty() {
    return addresses.isEmpty() && domains.isEmpty();
  }

  /** Whether mail from this address is an agent's reply. */
  public boolean isAgent(String address) {
    String a = address.toLowerCase(Locale.ROOT);
    if (addresses.contains(a)) {
      return true;
    }
    String domain = a.substring(a.indexOf('@') + 1);
    while (true) {
      if (domains.contains(domain)) {
        return true;
      }
      int dot = domain.indexOf('.');
      if (dot < 0) {
        return false;
      }
      domain = domain.substring(dot + 1);
    }
  }
}
