// Label truncation sums widths word by word; it must cut exactly where measuring every candidate would.
import { describe, expect, it } from 'vitest';
import { textWidth, truncateToWidth, type FontSpec } from '../../core/text/text-width.ts';

/** The plain definition: the longest run of whole words (else characters) whose text plus "…" fits. */
function truncateByMeasuring(text: string, maxWidth: number, font: FontSpec): string {
  if (textWidth(text, font) <= maxWidth) return text;
  let out = '';
  for (const word of text.split(/\s+/)) {
    const next = out ? `${out} ${word}` : word;
    if (textWidth(`${next}…`, font) > maxWidth) break;
    out = next;
  }
  if (!out)
    for (const c of text) {
      if (textWidth(`${out}${c}…`, font) > maxWidth) break;
      out += c;
    }
  return `${out.replace(/[\s,;:.–—-]+$/, '')}…`;
}

describe('truncateToWidth', () => {
  const titles = [
    'Sheinbaum rejects U.S. military help against the cartels, citing sovereignty',
    'Trump’s January directive — “a national emergency” at the southern border',
    'Supercalifragilisticexpialidocious',
    'W W W W W W W W W W W W',
    'Short',
    '',
  ];
  it('cuts where measuring every candidate cuts, for every width and both fonts', () => {
    for (const font of [{ size: 12, bold: true }, { size: 11 }])
      for (const title of titles)
        for (let width = 0; width <= 420; width += 3)
          expect(truncateToWidth(title, width, font), `${title} @ ${width}`).toBe(
            truncateByMeasuring(title, width, font),
          );
  });

  it('leaves text that fits alone and marks a cut with an ellipsis', () => {
    expect(truncateToWidth('Short', 200, { size: 12 })).toBe('Short');
    const cut = truncateToWidth(titles[0]!, 120, { size: 12, bold: true });
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, { size: 12, bold: true })).toBeLessThanOrEqual(120);
  });
});
