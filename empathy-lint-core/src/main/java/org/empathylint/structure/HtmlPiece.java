package org.empathylint.structure;

/**
 * One consecutive piece of an HTML draft's source and what LanguageTool reads for it.
 *
 * @param source the piece's char range in the HTML source
 * @param plain what LanguageTool reads in its place: the same chars for text, the decoded char
 *     for an entity, "" for an inline tag, "\n" or "\n\n" for line and block breaks
 * @param markup true when {@code plain} stands in for the source (tags, entities, collapsed
 *     whitespace); false when the source chars are read as they are
 * @param lintable true for the agent's own words (salutation and body); false for the closing,
 *     signature, quoted history and everything the mail client hides
 */
public record HtmlPiece(Span source, String plain, boolean markup, boolean lintable) {}
