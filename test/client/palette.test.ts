// One colour per kind: fixed for the vocabulary's kinds, a stable hashed colour for any other, never depending on
// what else the data holds; and the server's SVG export uses the same colour for each kind as the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HASHED_KIND_COLOURS,
  humanizeKind,
  KNOWN_KIND_COLOURS,
  kindColour,
  kindColours,
  STATEMENT_COLOUR,
} from '../../core/palette/palette.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { findAll, parseXml, type XmlElement } from '../export/support/xml-tree.ts';

const SEED_KINDS = [
  'crackdown',
  'designation',
  'directive',
  'legislative-deliberation',
  'military-deployment',
  'military-operations',
  'press-conference',
  'proposal',
  'rejection',
  'speech',
];

describe('kindColour', () => {
  it('gives every kind of the vocabulary its own fixed colour', () => {
    for (const kind of SEED_KINDS) expect(kindColour(kind), kind).toBe(KNOWN_KIND_COLOURS[kind]);
    expect(new Set(SEED_KINDS.map(kindColour)).size).toBe(SEED_KINDS.length);
    expect(kindColour('statement')).toBe(STATEMENT_COLOUR);
    // Pinned: a document that relies on "speech is orange" keeps being right.
    expect([kindColour('proposal'), kindColour('speech'), kindColour('directive')]).toEqual([
      '#009E73',
      '#E69F00',
      '#0072B2',
    ]);
  });

  it('hashes a kind outside the vocabulary to a stable colour of its own, never a shared grey', () => {
    for (const kind of ['summit', 'election', 'trade-talks', 'ceasefire']) {
      expect(HASHED_KIND_COLOURS).toContain(kindColour(kind));
      expect(kindColour(kind)).toBe(kindColour(kind));
    }
    expect(kindColour('summit')).not.toBe('#9e9e9e');
  });
});

describe('kindColours', () => {
  it('does not move a colour when data is added', () => {
    // The seed article alone, then with two more articles: more proposals and speeches, three new kinds.
    const seed = [...SEED_KINDS, 'directive', 'directive', 'speech', 'statement'];
    const more = [...seed, ...Array(9).fill('proposal'), ...Array(5).fill('speech'), 'summit', 'election', 'vote'];
    const before = kindColours(seed);
    const after = kindColours(more);
    for (const kind of SEED_KINDS) expect(after.get(kind), kind).toBe(before.get(kind));
    expect(after.get('summit')).toBe(kindColour('summit'));
  });

  it('does not depend on input order', () => {
    const kinds = ['b', 'a', 'c', 'a'];
    expect([...kindColours(kinds)].sort()).toEqual([...kindColours([...kinds].reverse())].sort());
  });

  it('reads kebab-case kinds as words', () => {
    expect(humanizeKind('press-conference')).toBe('Press conference');
  });
});

describe('the SVG export', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());

  it('draws each mark in its kind colour, as the app does', async () => {
    const root = parseXml(await (await fetch(`${app.url}/export/timeline.svg`)).text());
    const marks = findAll(root, (el) => el.attrs['data-kind'] !== undefined);
    expect(marks.length).toBeGreaterThan(10);
    const fills = (el: XmlElement): string[] => [
      ...(el.attrs['fill'] ? [el.attrs['fill']] : []),
      ...el.children.flatMap(fills),
    ];
    for (const m of marks) {
      const kind = m.attrs['data-kind']!;
      const colours = fills(m).filter((f) => f.startsWith('#'));
      expect(colours, `${m.attrs['data-id']} (${kind})`).toContain(kindColour(kind));
    }
  });
});
