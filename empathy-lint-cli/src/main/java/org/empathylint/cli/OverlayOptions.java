package org.empathylint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The rule options of {@code check} and {@code batch} (a picocli mixin): any number of overlays. */
final class OverlayOptions extends SeverityOption {
  @Option(names = "--rules", paramLabel = "OVERLAY.yaml",
      description = "A company rule overlay; give it again for more, applied in order.")
  List<Path> overlays = new ArrayList<>();
}
