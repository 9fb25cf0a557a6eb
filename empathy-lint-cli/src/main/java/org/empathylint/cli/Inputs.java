package org.empathylint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads the text files the commands take (always UTF-8), with errors the user can act on. */
final class Inputs {
  private Inputs() {}

  /** Reads a file, or standard input when the name is null or "-". */
  static String readFileOrStdin(String name, InputStream stdin) {
    if (name == null || name.equals("-")) {
      try {
        return decode(stdin.readAllBytes(), "standard input");
      } catch (IOException e) {
        throw new CliException(ExitCode.INPUT_UNREADABLE, "cannot read standard input: " + e.getMessage());
      }
    }
    return readFile(Path.of(name));
  }

  static String readFile(Path file) {
    try {
      return decode(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new CliException(ExitCode.INPUT_UNREADABLE, "cannot read " + file + ": " + reason(e));
    }
  }

  /** The reason in words: the JDK's messages for these are just the file name. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e.getMessage() != null && e.getMessage().contains("Is a directory")) {
      return "is a directory";
    }
    return e.getMessage();
  }

  private static String decode(byte[] bytes, String source) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      // A byte order mark is not part of the text; left in, it would shift every column on line 1.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new CliException(ExitCode.INPUT_UNREADABLE, "cannot read " + source + ": not UTF-8 text");
    }
  }

  /** A usage error (exit 2) when {@code --threads} is below 1. */
  static void requireThreads(CommandSpec spec, int threads) {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
  }

  /** Fails with the overlay exit code when a --rules file cannot be read at all. */
  static void requireReadableOverlays(List<Path> overlays) {
    overlays.forEach(Inputs::requireReadableOverlay);
  }

  /** Fails with the overlay exit code when the --rules file (if any) cannot be read at all. */
  static void requireReadableOverlay(Path overlay) {
    if (overlay != null && !(Files.isRegularFile(overlay) && Files.isReadable(overlay))) {
      String reason = Files.exists(overlay) ? "not a readable file" : "no such file";
      throw new CliException(ExitCode.OVERLAY_INVALID, "cannot read rule overlay " + overlay + ": " + reason);
    }
  }
}
