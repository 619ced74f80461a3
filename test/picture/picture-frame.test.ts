import { describe, expect, it } from 'vitest';
import { breakAnywhere, pictureFrame, type PictureParts } from '../../core/picture/picture-frame.ts';
import { textWidth } from '../../core/text/text-width.ts';
import { findAll, parseXml, walk, type XmlElement } from '../export/support/xml-tree.ts';

const SWATCH =
  '<svg width="26" height="14" viewBox="0 0 26 14"><rect x="4" y="2" width="18" height="10" fill="#0072b2"/></svg>';
const CHART = (width: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart" width="${width}" height="300"><g class="mark" data-id="e1"><circle cx="40" cy="60" r="6" fill="#0072b2"/></g><g class="mark" data-id="s&amp;2"/></svg>`;
const LINK =
  'https://kg.example.org/?from=2025-01-01&to=2025-05-31&actor=claudia-sheinbaum&sel=event%3Asheinbaum-speech';

function parts(width: number, overrides: Partial<PictureParts> = {}): PictureParts {
  return {
    heading: 'Timeline: Troops & <borders>',
    summary: '1 January 2025 – 31 May 2025 · following Claudia Sheinbaum',
    chart: { markup: CHART(width), width, height: 300 },
    legend: [
      [
        'Crackdown',
        'Designation',
        'Legislative deliberation',
        'Press conference',
        'Proposal',
        'Rejection',
        'Speech',
      ].map((label) => ({ swatch: SWATCH, label })),
      [{ swatch: SWATCH, label: 'Open-ended (fades toward the unknown end)' }],
    ],
    credit:
      'Source: “Mexico rejects U.S. military assistance amid rising cartel violence”, Thin Line News, 5 May 2025. Made with kg-timeline.',
    link: LINK,
    ...overrides,
  };
}

const texts = (root: XmlElement, cls: string) =>
  findAll(root, (e) => e.attrs.class === cls).flatMap((g) =>
    g.name === 'text' ? [g] : g.children.filter((c) => c.name === 'text'),
  );

describe('a view as a standalone picture', () => {
  it('is one well-formed SVG document on a white background, sized to what it holds', () => {
    const picture = pictureFrame(parts(900));
    expect(
      picture.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    const root = parseXml(picture.svg);
    expect(root.attrs).toMatchObject({
      width: '900',
      height: String(picture.height),
      viewBox: `0 0 900 ${picture.height}`,
      'font-family': 'Helvetica, Arial, sans-serif',
    });
    const background = root.children.find((c) => c.attrs.class === 'background')!;
    expect(background.attrs).toMatchObject({
      x: '0',
      y: '0',
      width: '900',
      height: String(picture.height),
      fill: '#ffffff',
    });
    // Everything drawn lies inside the picture.
    walk(root, (el, offset) => {
      if (el.name === 'text') expect(offset.y + Number(el.attrs.y)).toBeLessThanOrEqual(picture.height);
    });
  });

  it('keeps the chart, with its marks and their ids, under the heading', () => {
    const root = parseXml(pictureFrame(parts(900)).svg);
    const chart = root.children.find((c) => c.attrs.class === 'chart')!;
    expect(chart.attrs.transform).toBe('translate(0,58)');
    expect(findAll(chart, (e) => 'data-id' in e.attrs).map((e) => e.attrs['data-id'])).toEqual(['e1', 's&2']);
  });

  it('writes its text escaped, and says what it shows and where it comes from', () => {
    const picture = pictureFrame(parts(900));
    const root = parseXml(picture.svg);
    expect(root.children.find((c) => c.name === 'title')?.text).toBe('Timeline: Troops & <borders>');
    expect(texts(root, 'title')[0]?.text).toBe('Timeline: Troops & <borders>');
    expect(texts(root, 'summary')[0]?.text).toBe('1 January 2025 – 31 May 2025 · following Claudia Sheinbaum');
    expect(
      texts(root, 'credit')
        .map((t) => t.text)
        .join(' '),
    ).toContain('Thin Line News, 5 May 2025');
    const link = findAll(root, (e) => e.name === 'a')[0]!;
    expect(link.attrs.href).toBe(LINK);
    expect(link.children.map((t) => t.text).join('')).toBe(`Live view: ${LINK}`);
  });

  it('wraps legend, credit and link to a narrow width instead of running off the edge', () => {
    const wide = pictureFrame(parts(1400));
    const narrow = pictureFrame(parts(360));
    expect(narrow.width).toBe(360);
    expect(narrow.height).toBeGreaterThan(wide.height);
    const root = parseXml(narrow.svg);
    const legendRows = new Set(texts(root, 'legend').map((t) => t.attrs.y));
    expect(legendRows.size).toBeGreaterThan(2);
    for (const cls of ['legend', 'credit', 'link']) {
      for (const t of texts(root, cls)) {
        expect(Number(t.attrs.x) + textWidth(t.text, { size: 11 })).toBeLessThanOrEqual(360 - 16 + 0.5);
      }
    }
    // Each group of the legend starts a row of its own.
    const open = texts(root, 'legend').find((t) => t.text.startsWith('Open-ended'))!;
    expect(open.attrs.x).toBe(String(16 + 26 + 4));
  });

  it('leaves out a legend, credit or link it was not given, and is never narrower than 320 pixels', () => {
    const picture = pictureFrame(parts(200, { legend: [], credit: '', link: null }));
    const root = parseXml(picture.svg);
    expect(picture.width).toBe(320);
    expect(findAll(root, (e) => ['legend', 'credit', 'link'].includes(e.attrs.class ?? ''))).toEqual([]);
    expect(picture.height).toBe(58 + 300 + 10 + 10);
  });
});

describe('breakAnywhere', () => {
  it('cuts text without spaces into lines that fit, losing nothing', () => {
    const lines = breakAnywhere(LINK, 200, { size: 11 }, 5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(LINK);
    for (const line of lines) expect(textWidth(line, { size: 11 })).toBeLessThanOrEqual(200);
  });

  it('stops at the line limit', () => {
    expect(breakAnywhere('x'.repeat(500), 100, { size: 11 }, 2)).toHaveLength(2);
  });
});
