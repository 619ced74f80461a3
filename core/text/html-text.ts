// Escaping for text that other tools will read as HTML or XML (TimelineJS text fields, GraphML, SVG).

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// XML's own five entities: every XML reader knows them, while some leave numeric references undecoded.
const XML: Record<string, string> = { ...HTML, "'": '&apos;' };

/** Escapes the characters that are markup in HTML text and attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/**
 * XML 1.0 cannot carry most C0 control characters even escaped, so they are dropped; a document
 * that a parser rejects is worse than a missing invisible character.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => XML[c] ?? c);
}
