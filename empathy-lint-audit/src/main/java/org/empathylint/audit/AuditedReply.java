package org.empathylint.audit;

import java.util.List;
import org.empathylint.Finding;

/**
 * A reply and what the linter found in it.
 *
 * @param reply    the reply, its language set (given or detected)
 * @param findings the linter's findings, in text order
 */
public record AuditedReply(Reply reply, List<Finding> findings) {

  public AuditedReply {
    findings = List.copyOf(findings);
  }
}
