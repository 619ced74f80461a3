// GET /export/timeline.svg: well-formed, one mark per item, printable, and inside the size asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textWidth } from '../../core/text/text-width.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { findAll, parseXml, walk, type XmlElement } from './support/xml-tree.ts';
import { timelineItems } from '../support/full-timeline.ts';

let app: RunningApp;
let allIds: string[];

beforeAll(async () => {
  app = await startApp();
  allIds = (await timelineItems(app.store)).map((i) => i.id);
});
afterAll(() => app.close());

async function svg(query = ''): Promise<{ res: Response; root: XmlElement; text: string }> {
  const res = await fetch(`${app.url}/export/timeline.svg${query}`);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return { res, root: parseXml(text), text };
}

const marks = (root: XmlElement) => findAll(root, (el) => el.attrs['data-id'] !== undefined);

/** Every coordinate an element is drawn at, in the SVG's user space. */
function points(el: XmlElement, off: { x: number; y: number }): Array<[number, number]> {
  const n = (k: string) => Number(el.attrs[k]);
  switch (el.name) {
    case 'rect':
      return [
        [off.x + n('x'), off.y + n('y')],
        [off.x + n('x') + n('width'), off.y + n('y') + n('height')],
      ];
    case 'circle':
      return [
        [off.x + n('cx') - n('r'), off.y + n('cy') - n('r')],
        [off.x + n('cx') + n('r'), off.y + n('cy') + n('r')],
      ];
    case 'line':
      return [
        [off.x + n('x1'), off.y + n('y1')],
        [off.x + n('x2'), off.y + n('y2')],
      ];
    case 'text': {
      // Measured with the Helvetica metrics the layout uses; cap height is about 0.75 em.
      const w = textWidth(el.text, { size: n('font-size'), bold: el.attrs['font-weight'] === 'bold' });
      const anchor = el.attrs['text-anchor'] ?? 'start';
      const left = off.x + n('x') - (anchor === 'end' ? w : anchor === 'middle' ? w / 2 : 0);
      return [
        [left, off.y + n('y')],
        [left + w, off.y + n('y') - 0.75 * n('font-size')],
      ];
    }
    default:
      return [];
  }
}

function viewBoxOf(root: XmlElement): [number, number, number, number] {
  const v = (root.attrs.viewBox ?? '').split(/\s+/).map(Number);
  expect(v).toHaveLength(4);
  return v as [number, number, number, number];
}

function expectInside(root: XmlElement): void {
  const [x0, y0, w, h] = viewBoxOf(root);
  const outside: string[] = [];
  walk(root, (el, off) => {
    for (const [x, y] of points(el, off)) {
      if (!(x >= x0 && x <= x0 + w && y >= y0 && y <= y0 + h))
        outside.push(`${el.name} ${JSON.stringify(el.attrs).slice(0, 120)} at ${x},${y}`);
    }
  });
  expect(outside).toEqual([]);
}

describe('GET /export/timeline.svg', () => {
  it('is well-formed SVG with one mark per timeline item, each with its data-id', async () => {
    const { res, root } = await svg();
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    const ids = marks(root).map((m) => m.attrs['data-id']);
    expect(allIds.length).toBeGreaterThan(10);
    expect(ids.length).toBe(allIds.length);
    expect(new Set(ids)).toEqual(new Set(allIds));
  });

  it('draws only the filtered items', async () => {
    const within = { window: { from: '2025-01-01', to: '2025-02-28' }, match: 'WITHIN' } as const;
    const expected = (await timelineItems(app.store, within)).map((i) => i.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(allIds.length);
    const { root } = await svg('?from=2025-01-01&to=2025-02-28&match=WITHIN');
    expect(
      marks(root)
        .map((m) => m.attrs['data-id'])
        .sort(),
    ).toEqual([...expected].sort());
  });

  it('is printable: white background, generic font family, title, axis, lanes, legend and a source credit', async () => {
    const { root } = await svg();
    const [, , w, h] = viewBoxOf(root);
    const background = findAll(root, (el) => el.name === 'rect' && el.attrs.class === 'background')[0];
    expect(background?.attrs).toMatchObject({ x: '0', y: '0', width: String(w), height: String(h), fill: '#ffffff' });
    expect(root.attrs['font-family']).toMatch(/sans-serif$/);
    expect(findAll(root, (el) => el.attrs.class === 'title')[0]?.text).toBe(
      'Mexico rejects U.S. military assistance amid rising cartel violence',
    );
    expect(findAll(root, (el) => el.attrs.class === 'tick').length).toBeGreaterThanOrEqual(3);
    const laneLabels = findAll(root, (el) => el.attrs.class === 'lane').map(
      (l) => l.children.find((c) => c.name === 'text')?.text,
    );
    expect(laneLabels).toContain('Claudia Sheinbaum');
    const legend = findAll(root, (el) => el.attrs.class === 'legend')[0];
    expect(legend?.children.filter((c) => c.name === 'text').map((t) => t.text)).toEqual(
      expect.arrayContaining(['Statement', 'Start or end not known']),
    );
    const credit =
      findAll(root, (el) => el.attrs.class === 'credit')[0]
        ?.children.map((c) => c.text)
        .join(' ') ?? '';
    expect(credit).toContain('Thin Line News');
    expect(credit).toContain('Mexico rejects U.S. military assistance');
    expect(credit).toContain('5 May 2025');
  });

  it('defaults to 1200 pixels wide and as tall as its content, all of it inside the picture', async () => {
    const { root } = await svg();
    expect(root.attrs.width).toBe('1200');
    expect(viewBoxOf(root)).toEqual([0, 0, 1200, Number(root.attrs.height)]);
    expectInside(root);
  });

  it.each([
    ['?width=800&height=2000', 800, 2000],
    ['?width=640&height=400', 640, 400],
    ['?width=10&height=10', 320, 320],
    ['?width=99999', 4000, null],
  ])('keeps within the requested size %s', async (query, width, height) => {
    const { root } = await svg(query);
    expect(Number(root.attrs.width)).toBe(width);
    if (height !== null) expect(Number(root.attrs.height)).toBe(height);
    const [, , vw, vh] = viewBoxOf(root);
    expect(vw).toBe(width);
    // Shorter than the content: the viewBox keeps the content and `meet` scales it into the box.
    if (height !== null) expect(vh).toBeGreaterThanOrEqual(height);
    expect(root.attrs.preserveAspectRatio).toBe('xMidYMin meet');
    expectInside(root);
    expect(marks(root)).toHaveLength(allIds.length);
  });

  it('uses the title parameter, escaped', async () => {
    const { root, text } = await svg(`?title=${encodeURIComponent('Troops & <sovereignty> "2025"')}`);
    expect(findAll(root, (el) => el.attrs.class === 'title')[0]?.text).toBe('Troops & <sovereignty> "2025"');
    expect(text).not.toContain('<sovereignty>');
  });

  it('may be framed and used as an image on other sites, but can run nothing', async () => {
    const { res } = await svg();
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'.*frame-ancestors \*/);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });
});
