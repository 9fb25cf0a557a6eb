package org.empathylint.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small mail archive written by hand, as mail clients send it: two customer messages, three agent
 * replies (quoted-printable Latin-1; multipart/alternative with base64 UTF-8; HTML only, answering a
 * message not in the archive, with the customer's mail quoted), and one broken message.
 */
final class MailFixtures {
  static final String AGENTS = "klantenservice.example";

  /** Dutch customer, asking about a late washing machine. */
  static final String CUSTOMER_NL = """
      From: Sandra de Wit <sandra@mail.example>
      To: service@klantenservice.example
      Subject: Wasmachine
      Date: Mon, 02 Mar 2026 09:12:00 +0100
      Message-ID: <c1@mail.example>
      Content-Type: text/plain; charset=utf-8

      Hallo,

      Ik heb op 2 februari een wasmachine besteld en er is nog steeds niets bezorgd.
      Met twee kleine kinderen is dit echt een probleem.
      >From now on I will phone every day.

      Groet,
      Sandra de Wit
      """;

  /** Quoted-printable, ISO-8859-1 (the ë of geëscaleerd), answering the Dutch customer. */
  static final String REPLY_NL = """
      From: Bram Jansen <bram@klantenservice.example>
      To: sandra@mail.example
      Subject: Re: Wasmachine
      Date: Tue, 03 Mar 2026 10:00:00 +0100
      Message-ID: <r1@klantenservice.example>
      In-Reply-To: <c1@mail.example>
      References: <c1@mail.example>
      Content-Type: text/plain; charset=iso-8859-1
      Content-Transfer-Encoding: quoted-printable

      Geachte klant,

      Wij hebben uw e-mail in goede orde ontvangen. Uw ticket is ge=EBscaleerd naar de=
       betreffende afdeling.

      Met vriendelijke groet,
      Bram Jansen
      """;

  /** Danish customer. */
  static final String CUSTOMER_DA = """
      From: Line =?utf-8?q?S=C3=B8rensen?= <line@post.example>
      To: kundeservice@klantenservice.example
      Subject: Regning
      Date: Wed, 15 Apr 2026 08:00:00 +0200
      Message-ID: <c2@post.example>
      Content-Type: text/plain; charset=utf-8

      Hej. Min søn Oskar blev syg i bilen og kastede op på bagsædet. Nu har I trukket 1.500 kr. for rengøring.
      Mvh Line Sørensen
      """;

  /** multipart/alternative, the plain part base64 UTF-8, answering the Danish customer by References. */
  static final String REPLY_DA = """
      From: Mikkel <mikkel@da.klantenservice.example>
      To: line@post.example
      Subject: Re: Regning
      Date: Thu, 16 Apr 2026 11:00:00 +0200
      Message-ID: <r2@klantenservice.example>
      References: <other@post.example> <c2@post.example>
      MIME-Version: 1.0
      Content-Type: multipart/alternative; boundary="b1"

      --b1
      Content-Type: text/plain; charset=utf-8
      Content-Transfer-Encoding: base64

      %s
      --b1
      Content-Type: text/html; charset=utf-8

      <p>Hej Line</p><p>Rengøringsgebyret opkræves efter vores standardvilkår.</p>
      --b1--
      """.formatted(base64("""
      Hej Line

      Rengøringsgebyret opkræves efter vores standardvilkår. Såfremt du ønsker at gøre indsigelse, skal du sende os dit lejeaftalenummer.

      Med venlig hilsen
      Mikkel
      """));

  /** HTML only; answers a message the archive does not have, whose text it quotes. */
  static final String REPLY_HTML = """
      From: bram@klantenservice.example
      To: piet@mail.example
      Subject: Re: Factuur
      Date: Fri, 17 Apr 2026 14:00:00 +0200
      Message-ID: <r3@klantenservice.example>
      In-Reply-To: <missing@mail.example>
      Content-Type: text/html; charset=utf-8
      Content-Transfer-Encoding: quoted-printable

      <p>Beste Piet,</p><p>Uw factuur is reeds verwerkt. U dient het bedrag middels de app te betalen=
      .</p><p>Met vriendelijke groet,<br>Bram</p>
      <blockquote>Mijn factuur klopt niet, ik ben echt boos.<br>Piet</blockquote>
      """;

  /** No From header: cannot be told to be an agent's or a customer's. */
  static final String BROKEN = """
      To: service@klantenservice.example
      Subject: ???
      Content-Type: text/plain

      Dit bericht heeft geen afzender.
      """;

  static final List<String> MESSAGES = List.of(CUSTOMER_NL, REPLY_NL, CUSTOMER_DA, REPLY_DA, REPLY_HTML, BROKEN);

  private MailFixtures() {
  }

  /** All messages in one mbox file, with mboxrd quoting of body lines starting "From ". */
  static Path mbox(Path dir) throws IOException {
    StringBuilder mbox = new StringBuilder();
    for (String message : MESSAGES) {
      mbox.append("From MAILER-DAEMON Mon Mar  2 09:12:00 2026\n")
          .append(message.replaceAll("(?m)^(>*From )", ">$1"))
          .append('\n');
    }
    Path file = dir.resolve("sent.mbox");
    Files.writeString(file, mbox, StandardCharsets.UTF_8);
    return file;
  }

  /** Each message in its own .eml file, in a folder with a subfolder. */
  static Path emlFolder(Path dir) throws IOException {
    Path folder = dir.resolve("mail");
    Files.createDirectories(folder.resolve("2026"));
    for (int i = 0; i < MESSAGES.size(); i++) {
      Path file = (i % 2 == 0 ? folder : folder.resolve("2026")).resolve(String.format("%03d.eml", i + 1));
      Files.writeString(file, MESSAGES.get(i).replace("\n", "\r\n"), StandardCharsets.UTF_8);
    }
    return folder;
  }

  private static String base64(String text) {
    return java.util.Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
