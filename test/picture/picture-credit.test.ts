// A picture's credit names every source, in one order whatever order the caller holds them in, and the frame
// wraps it over as many lines as it takes (it used to stop at four lines, or say "N articles from …").
import { describe, expect, it } from 'vitest';
import { pictureCredit } from '../../core/picture/picture-credit.ts';
import { pictureFrame } from '../../core/picture/picture-frame.ts';
import { textWidth } from '../../core/text/text-width.ts';
import { findAll, parseXml } from '../export/support/xml-tree.ts';

const SOURCES = Array.from({ length: 12 }, (_, i) => ({
  publisher: `Outlet ${String.fromCharCode(65 + i)}`,
  title: `Report number ${i + 1} on the border`,
  publishedAt: `2025-05-${String(12 - i).padStart(2, '0')}`,
}));

describe('pictureCredit', () => {
  it('names every source as "publisher, “title”, date", oldest first, whatever the order given', () => {
    const credit = pictureCredit(SOURCES);
    expect(pictureCredit([...SOURCES].reverse())).toBe(credit);
    expect(credit.startsWith('Sources: Outlet L, “Report number 12 on the border”, 1 May 2025; Outlet K,')).toBe(true);
    for (const s of SOURCES) expect(credit).toContain(`${s.publisher}, “${s.title}”`);
    expect(pictureCredit(SOURCES.slice(0, 1))).toMatch(/^Source: Outlet A, /);
    expect(pictureCredit([])).toMatch(/^Source: no source quoted\./);
  });

  it('is wrapped by the frame over as many lines as it needs, each inside the picture', () => {
    const picture = pictureFrame({
      heading: 'Timeline',
      summary: '',
      chart: { markup: '', width: 400, height: 100 },
      legend: [],
      credit: pictureCredit(SOURCES),
      link: null,
    });
    const lines = findAll(parseXml(picture.svg), (e) => e.attrs.class === 'credit')[0]!.children.map((t) => t.text);
    expect(lines.length).toBeGreaterThan(8);
    expect(lines.join(' ')).toBe(pictureCredit(SOURCES));
    for (const line of lines) expect(textWidth(line, { size: 11 })).toBeLessThanOrEqual(400 - 32);
  });
});
