import { describe, expect, it } from 'vitest';
import { layoutNetwork, relationshipLabel, type NetworkLayout } from '../../client/src/network/network-layout.ts';
import { overlaps } from '../../client/src/network/label-placement.ts';
import { lcg } from '../../client/src/network/lcg.ts';
import { ACTORS, RELATIONSHIPS } from './fixtures/seed-like.ts';

const NODES = Object.values(ACTORS);
const OPTS = { width: 640, height: 460, seed: 7 };

function allText(l: NetworkLayout) {
  return [...l.nodes.flatMap((n) => (n.label ? [n.label] : [])), ...l.edges.flatMap((e) => (e.label ? [e.label] : []))];
}

describe('lcg', () => {
  it('is reproducible per seed and stays in [0, 1)', () => {
    const a = lcg(3);
    const b = lcg(3);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(lcg(4)()).not.toBe(xs[0]);
  });
});

describe('layoutNetwork', () => {
  it('gives the same picture for the same data, whatever the input order', () => {
    const a = layoutNetwork(NODES, RELATIONSHIPS, OPTS);
    const b = layoutNetwork([...NODES].reverse(), [...RELATIONSHIPS].reverse(), OPTS);
    expect(b).toEqual(a);
  });

  it('places every node inside the box, apart from each other', () => {
    const l = layoutNetwork(NODES, RELATIONSHIPS, OPTS);
    expect(l.nodes.map((n) => n.id).sort()).toEqual(NODES.map((n) => n.id).sort());
    for (const n of l.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(OPTS.width);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(OPTS.height);
      for (const m of l.nodes) if (m !== n) expect(Math.hypot(m.x - n.x, m.y - n.y)).toBeGreaterThan(n.r + m.r);
    }
  });

  it('writes every actor name and relationship label here, none overlapping another or a node', () => {
    const l = layoutNetwork(NODES, RELATIONSHIPS, OPTS);
    expect(l.nodes.every((n) => n.label !== null)).toBe(true);
    expect(l.edges.filter((e) => e.label).length).toBeGreaterThanOrEqual(RELATIONSHIPS.length - 1);
    const texts = allText(l);
    for (const [i, a] of texts.entries()) {
      for (const b of texts.slice(i + 1)) expect(overlaps(a, b), `${a.text} / ${b.text}`).toBe(false);
      for (const n of l.nodes)
        expect(overlaps(a, { left: n.x - n.r, right: n.x + n.r, top: n.y - n.r, bottom: n.y + n.r })).toBe(false);
    }
  });

  it('draws edges from border to border, directed, bending parallel edges apart', () => {
    const l = layoutNetwork(NODES, RELATIONSHIPS, OPTS);
    const byId = new Map(l.nodes.map((n) => [n.id, n]));
    for (const e of l.edges) {
      const s = byId.get(e.source)!;
      const t = byId.get(e.target)!;
      expect(Math.hypot(e.path.x1 - s.x, e.path.y1 - s.y)).toBeCloseTo(s.r, 6);
      expect(Math.hypot(e.path.x2 - t.x, e.path.y2 - t.y)).toBeGreaterThan(t.r);
    }
    const proposed = l.edges.find((e) => e.id === 'trump-proposed-to-sheinbaum')!;
    const rejected = l.edges.find((e) => e.id === 'sheinbaum-rejected-trump')!;
    expect(Math.hypot(proposed.path.cx - rejected.path.cx, proposed.path.cy - rejected.path.cy)).toBeGreaterThan(20);
    expect(proposed.labelText).toBe('proposed to');
  });

  it('drops edges whose ends are not in the node set', () => {
    const l = layoutNetwork(
      NODES.filter((n) => n.id !== 'mexico'),
      RELATIONSHIPS,
      OPTS,
    );
    expect(l.edges.some((e) => e.source === 'mexico' || e.target === 'mexico')).toBe(false);
  });

  it('changes with the seed only when the seed changes', () => {
    const a = layoutNetwork(NODES, RELATIONSHIPS, { ...OPTS, seed: 1 });
    expect(layoutNetwork(NODES, RELATIONSHIPS, { ...OPTS, seed: 1 })).toEqual(a);
  });

  it('sizes nodes by how connected they are', () => {
    const l = layoutNetwork(NODES, RELATIONSHIPS, OPTS);
    const trump = l.nodes.find((n) => n.id === 'donald-trump')!;
    const herald = l.nodes.find((n) => n.id === 'usa-herald')!;
    expect(trump.degree).toBe(4);
    expect(trump.r).toBeGreaterThan(herald.r);
  });

  it('handles an empty graph', () => {
    expect(layoutNetwork([], [], OPTS)).toEqual({ width: 640, height: 460, nodes: [], edges: [] });
  });

  it('reads relationship types as words', () => {
    expect(relationshipLabel('PROPOSED_TO')).toBe('proposed to');
  });
});
