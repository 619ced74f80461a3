// RFC 4180 CSV: fields with a quote, comma or line break are quoted, quotes doubled, rows end in CRLF.
// Values are written as they are (no formula guarding): exports must round-trip quotes exactly.

export type CsvValue = string | number | null;

function field(value: CsvValue): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(field).join(',')];
  for (const row of rows) lines.push(row.map(field).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
