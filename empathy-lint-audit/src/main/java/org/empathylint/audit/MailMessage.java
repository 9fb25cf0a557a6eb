package org.empathylint.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeIOException;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.message.MessageImpl;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.empathylint.structure.HtmlDraft;

/**
 * What the audit needs of one mail, read with mime4j: multipart bodies, charsets, quoted-printable
 * and base64 are decoded by it. The text body is the {@code text/plain} part when there is one,
 * else the {@code text/html} part.
 *
 * @param messageId  the Message-ID without angle brackets, or null
 * @param answers    the Message-IDs it answers, most direct first (In-Reply-To, then References
 *                   from the last)
 * @param from       the sender's address in lower case
 * @param language   the Content-Language when it names one, else null
 */
record MailMessage(String messageId, List<String> answers, String from, LocalDate date, String body,
    boolean html, String language) {

  private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
  private static final MimeConfig CONFIG = MimeConfig.custom()
      .setMaxLineLen(-1)
      .setMaxHeaderLen(-1)
      .setMaxHeaderCount(-1)
      .build();

  /** A mail that cannot be audited; the message says why. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  /** Reads only the header: the Message-ID and the sender, for the index of messages answered. */
  static MailMessage header(InputStream in) throws IOException, Unreadable {
    return from(parse(in, false), false);
  }

  /** Reads the whole message. */
  static MailMessage read(InputStream in) throws IOException, Unreadable {
    return from(parse(in, true), true);
  }

  private static Message parse(InputStream in, boolean withBody) throws IOException, Unreadable {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(CONFIG);
    builder.setContentDecoding(true);
    try {
      if (!withBody) {
        MessageImpl message = new MessageImpl();
        message.setHeader(builder.parseHeader(in));
        return message;
      }
      return builder.parseMessage(in);
    } catch (MimeIOException e) {
      throw new Unreadable("unreadable MIME: " + e.getMessage());
    }
  }

  private static MailMessage from(Message message, boolean withBody) throws IOException, Unreadable {
    if (message.getFrom() == null || message.getFrom().isEmpty()) {
      throw new Unreadable("no readable From address");
    }
    Mailbox sender = message.getFrom().get(0);
    String from = sender.getAddress().toLowerCase(Locale.ROOT);
    LocalDate date = message.getDate() == null ? null
        : message.getDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    String body = null;
    boolean html = false;
    if (withBody) {
      TextBody plain = firstText(message, "text/plain");
      TextBody htmlBody = plain == null ? firstText(message, "text/html") : null;
      if (plain == null && htmlBody == null) {
        throw new Unreadable("no text/plain or text/html part");
      }
      body = text(plain != null ? plain : htmlBody);
      html = plain == null;
    }
    return new MailMessage(stripBrackets(message.getMessageId()), answers(message), from, date, body, html,
        language(message));
  }

  /** The body as plain text: HTML with its blocks and line breaks as new lines. */
  String plainBody() {
    return html ? HtmlDraft.parse(body).plainText() : body;
  }

  private static TextBody firstText(Entity entity, String mimeType) {
    Body body = entity.getBody();
    if (body instanceof Multipart multipart) {
      for (Entity part : multipart.getBodyParts()) {
        TextBody found = firstText(part, mimeType);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    boolean attachment = "attachment".equalsIgnoreCase(entity.getDispositionType());
    return body instanceof TextBody text && !attachment && mimeType.equalsIgnoreCase(entity.getMimeType())
        ? text : null;
  }

  private static String text(TextBody body) throws IOException, Unreadable {
    StringBuilder text = new StringBuilder();
    try (Reader reader = body.getReader()) {
      char[] buffer = new char[8192];
      for (int n; (n = reader.read(buffer)) > 0; ) {
        text.append(buffer, 0, n);
      }
    } catch (UnsupportedCharsetException e) {
      throw new Unreadable("unknown charset " + e.getCharsetName());
    }
    if (text.toString().isBlank()) {
      throw new Unreadable("the text body is empty");
    }
    return text.toString();
  }

  private static List<String> answers(Message message) {
    List<String> ids = new ArrayList<>(ids(message, "In-Reply-To"));
    List<String> references = ids(message, "References");
    for (int i = references.size() - 1; i >= 0; i--) {
      if (!ids.contains(references.get(i))) {
        ids.add(references.get(i));
      }
    }
    return ids;
  }

  private static List<String> ids(Message message, String fieldName) {
    List<String> ids = new ArrayList<>();
    for (Field field : message.getHeader().getFields(fieldName)) {
      Matcher m = MESSAGE_ID.matcher(field.getBody());
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  private static String language(Message message) {
    Field field = message.getHeader().getField("Content-Language");
    if (field == null) {
      return null;
    }
    String code = field.getBody().trim().toLowerCase(Locale.ROOT);
    return code.startsWith("nl") ? "nl" : code.startsWith("da") ? "da" : null;
  }

  private static String stripBrackets(String id) {
    if (id == null) {
      return null;
    }
    Matcher m = MESSAGE_ID.matcher(id);
    return m.find() ? m.group(1) : id.trim();
  }
}
