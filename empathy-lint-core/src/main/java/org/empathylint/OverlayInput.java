package org.empathylint;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.empathylint.pack.Overlay;
import org.empathylint.pack.RulePack;
import org.empathylint.pack.RulePackLoader;

/**
 * An overlay given to the builder: a file, read when the linter is built, or YAML text; {@code shared}
 * when it is given to the linters of every language.
 */
record OverlayInput(String name, Path file, String text, boolean shared) {

  OverlayInput(String name, String text, boolean shared) {
    this(name, null, text, shared);
  }

  static OverlayInput of(Path file, boolean shared) {
    return new OverlayInput(file.toString(), file, null, shared);
  }

  /** The whole text of a reader, or a {@link RulePackException} naming the overlay. */
  static String read(String name, Reader reader) {
    StringWriter text = new StringWriter();
    try {
      reader.transferTo(text);
      return text.toString();
    } catch (CharacterCodingException e) {
      throw new RulePackException(name, 0, 0, "is not UTF-8 text");
    } catch (IOException e) {
      throw new RulePackException(name, 0, 0, "cannot be read: " + e.getMessage());
    }
  }

  /** The overlay for the pack, or empty when it is shared and for another language. */
  Optional<Overlay> load(RulePack pack) {
    if (text != null) {
      return RulePackLoader.readOverlay(name, new StringReader(text), pack, shared);
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return RulePackLoader.readOverlay(name, reader, pack, shared);
    } catch (NoSuchFileException e) {
      throw new RulePackException(name, 0, 0, "file not found");
    } catch (IOException e) {
      throw new RulePackException(name, 0, 0, "cannot be read: " + e.getMessage());
    }
  }
}
