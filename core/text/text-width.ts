// Text width without a DOM: Helvetica/Arial advance widths (AFM, per 1000 em), so pure layouts can
// avoid label overlaps and a server-side SVG renderer gets the same answer as the browser.
const REGULAR: Record<string, number> = {};
const table: Array<[string, number]> = [
  [' !,./:;I[\\]fijlt', 278],
  ["'", 191],
  ['|', 260],
  ['"', 355],
  ['()-`r', 333],
  ['*', 389],
  ['^', 469],
  ['Jckvxyz', 500],
  ['#$0123456789?L_abdeghnopqsu', 556],
  ['+<=>~', 584],
  ['FTZ', 611],
  ['&ABEKPSVXY', 667],
  ['CDHNRUw', 722],
  ['GOQ', 778],
  ['Mm', 833],
  ['%', 889],
  ['W', 944],
  ['@', 1015],
];
for (const [chars, width] of table) for (const c of chars) REGULAR[c] = width;
const TYPOGRAPHIC: Record<string, number> = { '‘': 222, '’': 222, '“': 333, '”': 333, '–': 556, '—': 1000, '…': 1000 };

/** Bold Helvetica is about 7% wider on average; the extra 4% is a safety margin for fallback fonts. */
const BOLD_FACTOR = 1.07;
const SAFETY = 1.04;

export interface FontSpec {
  size: number;
  bold?: boolean;
}

/** Advance width in 1/1000 em: integers, so a sum of parts equals the width of the whole. */
function unitsOf(text: string): number {
  let units = 0;
  for (const c of text) units += REGULAR[c] ?? TYPOGRAPHIC[c] ?? 600;
  return units;
}

const toPixels = (units: number, font: FontSpec) => (units / 1000) * font.size * (font.bold ? BOLD_FACTOR : 1) * SAFETY;

export function textWidth(text: string, font: FontSpec): number {
  return toPixels(unitsOf(text), font);
}

const ELLIPSIS = unitsOf('…');
const SPACE = unitsOf(' ');

/**
 * Cuts text at a word boundary so it fits `maxWidth`, adding an ellipsis when anything was cut. Widths are summed
 * word by word rather than re-measured for every candidate: a zoom frame truncates up to a thousand labels.
 */
export function truncateToWidth(text: string, maxWidth: number, font: FontSpec): string {
  if (textWidth(text, font) <= maxWidth) return text;
  const fits = (units: number) => toPixels(units + ELLIPSIS, font) <= maxWidth;
  let out = '';
  let units = 0;
  for (const word of text.split(/\s+/)) {
    const next = out ? units + SPACE + unitsOf(word) : unitsOf(word);
    if (!fits(next)) break;
    out = out ? `${out} ${word}` : word;
    units = next;
  }
  if (!out) {
    // A single long word: cut by characters.
    for (const c of text) {
      const next = units + unitsOf(c);
      if (!fits(next)) break;
      out += c;
      units = next;
    }
  }
  return `${out.replace(/[\s,;:.–—-]+$/, '')}…`;
}
