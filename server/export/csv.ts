// RFC 4180 CSV: fields with a quote, comma or line break are quoted, quotes doubled, rows end in CRLF.
// Text that a spreadsheet would run as a formula (OWASP's CSV injection rule: a cell starting with =, +, -, @, a tab
// or a carriage return) is neutralised with a leading apostrophe, which spreadsheets show as text and do not
// display. The JSON exports keep every value raw; numbers are written as numbers.

export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet should read it: text that would start a formula gets a leading `'`. */
export function neutraliseFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

function field(value: CsvValue): string {
  if (value === null) return '';
  const s = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(field).join(',')];
  for (const row of rows) lines.push(row.map(field).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
