package org.empathylint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;
import org.empathylint.Severity;
import org.junit.jupiter.api.Test;

class ExampleRepliesTest {

  @Test
  void keepsTheRepliesWithMostKindsOfFindingOncePerTextWhateverTheOrder() {
    List<AuditedReply> replies = new ArrayList<>();
    replies.add(reply("a", "template", FindingCategory.COLD_PHRASE, FindingCategory.PROCESS_JARGON));
    replies.add(reply("b", "template", FindingCategory.COLD_PHRASE, FindingCategory.PROCESS_JARGON));
    replies.add(reply("c", "three kinds", FindingCategory.COLD_PHRASE, FindingCategory.FORMAL_WORDING,
        FindingCategory.NEGATIVE_FRAMING));
    replies.add(reply("d", "one kind", FindingCategory.FORMAL_WORDING));
    replies.add(reply("e", "one kind, twice", FindingCategory.FORMAL_WORDING, FindingCategory.FORMAL_WORDING));
    replies.add(reply("f", "clean"));

    for (int shuffle = 0; shuffle < 5; shuffle++) {
      ExampleReplies examples = new ExampleReplies(3);
      replies.forEach(examples::add);
      assertThat(examples.replies()).extracting(r -> r.reply().where()).containsExactly("c", "a", "e");
      Collections.shuffle(replies, new java.util.Random(shuffle));
    }
  }

  private static AuditedReply reply(String where, String text, FindingCategory... categories) {
    List<Finding> findings = new ArrayList<>();
    for (FindingCategory category : categories) {
      findings.add(new Finding("R", category, "m", "s", 0, 1, List.of(), Severity.SUGGESTION));
    }
    return new AuditedReply(new Reply(where, null, text, false, null, "nl", null, null, null), findings);
  }
}
