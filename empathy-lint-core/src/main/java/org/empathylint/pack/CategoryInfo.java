package org.empathylint.pack;

import org.empathylint.FindingCategory;

/** A category as a pack presents it: its name and description in the pack's language. */
public record CategoryInfo(FindingCategory category, String name, String description) {}
