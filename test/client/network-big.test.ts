// The big-network paths: the shorter seeded simulation, hub separation, the grid-indexed label placement,
// the worker's packed result, and the batched drawing's geometry.
import { describe, expect, it } from 'vitest';
import { arrowHead, batchPaths, nearestPath, preparePaths } from '../../client/src/network/edge-batch.ts';
import { pointOnPath } from '../../client/src/network/edge-geometry.ts';
import { seedPositions } from '../../client/src/network/initial-positions.ts';
import {
  crossingCount,
  Occupancy,
  overlaps,
  SegmentIndex,
  type Box,
  type Segment,
} from '../../client/src/network/label-placement.ts';
import { packLayout, unpackLayout, unpackSorted } from '../../client/src/network/layout-transfer.ts';
import { lcg } from '../../client/src/network/lcg.ts';
import { layoutNetwork, simulationPlan, sortedInput } from '../../client/src/network/network-layout.ts';
import { glyphAt, nodeAt, translatePath } from '../../client/src/network/node-batch.ts';
import { actorSymbolPath } from '../../client/src/ui/actor-symbol.ts';
import { randomNetwork } from './fixtures/random-network.ts';

const BIG = randomNetwork(400, 1.2);
const OPTS = { width: 900, height: 560, seed: 42 };
const big = layoutNetwork(BIG.nodes, BIG.edges, OPTS);

describe('simulationPlan', () => {
  it("keeps d3's schedule for small networks and shortens it with size for big ones", () => {
    expect(simulationPlan(100)).toMatchObject({ ticks: 300, collideIterations: 2, seeded: false });
    expect(simulationPlan(100).alphaDecay).toBeCloseTo(0.0228, 4);
    const large = simulationPlan(2000);
    expect(large.seeded).toBe(true);
    expect(large.ticks).toBeLessThan(130);
    // The shorter schedule still cools to d3's resting alpha.
    expect(Math.pow(1 - large.alphaDecay, large.ticks)).toBeCloseTo(0.001, 6);
    expect(simulationPlan(2000, 50)).toMatchObject({ ticks: 50, seeded: false });
  });
});

describe('seedPositions', () => {
  it('starts each actor near those it is linked to, the same way every time', () => {
    const place = () => {
      const nodes = BIG.nodes.map((n) => ({
        id: n.id,
        x: undefined as number | undefined,
        y: undefined as number | undefined,
      }));
      seedPositions(nodes, BIG.edges, { x: 0, y: 0 }, 80, 3);
      return nodes;
    };
    const a = place();
    expect(place()).toEqual(a);
    const at = new Map(a.map((n) => [n.id, n]));
    const lengths = BIG.edges.map((e) =>
      Math.hypot(at.get(e.source)!.x! - at.get(e.target)!.x!, at.get(e.source)!.y! - at.get(e.target)!.y!),
    );
    const median = [...lengths].sort((x, y) => x - y)[lengths.length >> 1]!;
    expect(median).toBeLessThan(200);
  });
});

describe('layoutNetwork on a big network', () => {
  it('is deterministic and independent of input order', () => {
    expect(layoutNetwork([...BIG.nodes].reverse(), [...BIG.edges].reverse(), OPTS)).toEqual(big);
  });

  it('keeps every actor in the box and the busiest ones apart', () => {
    for (const n of big.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(OPTS.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(OPTS.height);
    }
    const hubs = [...big.nodes].sort((a, b) => b.degree - a.degree).slice(0, 20);
    for (const [i, a] of hubs.entries())
      for (const b of hubs.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
  });

  it('writes labels that overlap no other label or actor', () => {
    const texts = [...big.nodes, ...big.edges].flatMap((x) => (x.label ? [x.label] : []));
    expect(texts.length).toBeGreaterThan(10);
    for (const [i, a] of texts.entries()) {
      for (const b of texts.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      for (const n of big.nodes)
        expect(overlaps(a, { left: n.x - n.r, right: n.x + n.r, top: n.y - n.r, bottom: n.y + n.r })).toBe(false);
    }
  });
});

describe('grid-indexed placement', () => {
  const random = lcg(5);
  const box = (): Box => {
    const left = random() * 500;
    const top = random() * 300;
    return { left, top, right: left + 5 + random() * 80, bottom: top + 5 + random() * 20 };
  };
  const segment = (): Segment => ({ x1: random() * 500, y1: random() * 300, x2: random() * 500, y2: random() * 300 });

  it('answers fits() as a scan over every placed box would', () => {
    const bounds = { left: 0, right: 600, top: 0, bottom: 340 };
    const space = new Occupancy(bounds, 2);
    const placed: Box[] = [];
    for (let i = 0; i < 300; i++) {
      const b = box();
      const scan = b.right <= 600 && b.bottom <= 340 && !placed.some((p) => overlaps(b, p, 2));
      expect(space.fits(b)).toBe(scan);
      if (i % 2 === 0) {
        space.add(b);
        placed.push(b);
      }
    }
  });

  it('counts the same crossings as a scan over every segment', () => {
    const segments = Array.from({ length: 400 }, segment);
    const index = new SegmentIndex();
    for (const s of segments) index.add(s);
    for (let i = 0; i < 200; i++) {
      const b = box();
      expect(index.crossings(b)).toBe(crossingCount(b, segments));
    }
  });
});

describe('packLayout / unpackLayout', () => {
  it('rebuilds exactly the layout the worker computed, from numbers and the input', () => {
    const packed = packLayout(big);
    expect(packed.nodes).toBeInstanceOf(Float64Array);
    expect(unpackLayout(packed, BIG.nodes, BIG.edges)).toEqual(big);
  });

  it('gives the same layout from input sorted beforehand (while the worker ran)', () => {
    const input = sortedInput([...BIG.nodes].reverse(), [...BIG.edges].reverse());
    expect(unpackSorted(packLayout(big), input)).toEqual(big);
  });
});

describe('batchPaths', () => {
  it('writes the same path data whether or not slices of it were prepared first', () => {
    const fresh = () => big.edges.map((e) => ({ ...e.path }));
    const plain = batchPaths(fresh());
    const paths = fresh();
    preparePaths(paths.slice(0, 100));
    preparePaths(paths.slice(100));
    expect(batchPaths(paths)).toEqual(plain);
    expect(plain.lines.match(/M/g)).toHaveLength(big.edges.length);
  });
});

describe('batched drawing geometry', () => {
  it('finds the edge under a point, and none far from every edge', () => {
    const paths = big.edges.map((e) => e.path);
    const target = 17;
    const p = pointOnPath(paths[target]!, 0.5);
    const hit = nearestPath(p, paths, 4);
    expect(hit).toBeGreaterThanOrEqual(0);
    const q = pointOnPath(paths[hit]!, 0.5);
    expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeLessThan(200);
    expect(nearestPath({ x: -500, y: -500 }, paths, 4)).toBe(-1);
  });

  it('puts the arrowhead tip just past the end, along the curve', () => {
    const d = arrowHead({ x1: 0, y1: 0, cx: 50, cy: 0, x2: 100, y2: 0 });
    expect(d).toBe('M93.7,-3.1L100.7,0L93.7,3.2Z');
  });

  it('moves a glyph without changing its shape', () => {
    expect(translatePath('M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0', 5, 7)).toBe(
      'M15,7A10,10,0,1,1,-5,7A10,10,0,1,1,15,7',
    );
    expect(translatePath('M-7.927,-7.927h15.853v15.853h-15.853Z', 1, 1)).toBe('M-6.93,-6.93h15.853v15.853h-15.853Z');
    expect(glyphAt('PERSON', 10, 0, 0)).toBe(translatePath(actorSymbolPath('PERSON', 10), 0, 0));
  });

  it('matches a point to the actor whose disc holds it', () => {
    const nodes = [
      { x: 0, y: 0, r: 10 },
      { x: 15, y: 0, r: 10 },
    ];
    expect(nodeAt({ x: 12, y: 0 }, nodes, 0)).toBe(1);
    expect(nodeAt({ x: -9, y: 0 }, nodes, 0)).toBe(0);
    expect(nodeAt({ x: 0, y: 30 }, nodes, 2)).toBe(-1);
  });
});
