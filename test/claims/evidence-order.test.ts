// unionEvidence takes a shortcut when each list is one source's spans in order (the usual case); whichever way it
// goes, its answer must be the plain one: every span sorted by (source, start, end), the first of equal positions.
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../core/domain/types.ts';
import { compareEvidence, unionEvidence } from '../../server/domain/claims/evidence-order.ts';

const plainUnion = (lists: ReadonlyArray<readonly Evidence[]>): Evidence[] => {
  const all = lists.flat().sort(compareEvidence);
  return all.filter((e, i) => i === 0 || compareEvidence(all[i - 1]!, e) !== 0);
};

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const span = (sourceId: string, start: number, end: number, quote = `${sourceId}:${start}`): Evidence => ({
  sourceId,
  start,
  end,
  quote,
});

/** Lists as a subject's are (one sorted list per source), then broken in one of several ways or not at all. */
function lists(rand: () => number): Evidence[][] {
  const int = (n: number) => Math.floor(rand() * n);
  const sources = [...new Set(Array.from({ length: 1 + int(6) }, () => `src-${int(8)}`))];
  const out = sources.map((s) => {
    const starts = [...new Set(Array.from({ length: int(5) }, () => int(40)))].sort((a, b) => a - b);
    return starts.map((start) => span(s, start, start + 1 + int(3)));
  });
  const broken = int(5);
  if (broken === 1 && out[0]) out.push([...out[0]]); // a source twice
  if (broken === 2 && out[0] && out[0].length > 1) out[0].reverse(); // out of order
  if (broken === 3 && out[0]?.[0]) out[0].push(span(out[0][0].sourceId, 99, 100), span('other', 0, 1)); // two sources
  if (broken === 4 && out[0]?.[0]) out[0].splice(1, 0, { ...out[0][0], quote: 'same position' }); // a repeat
  return out;
}

describe('unionEvidence', () => {
  it('gives the plain sorted union of 3,000 sets of lists, in order or not', () => {
    const rand = random(20261207);
    for (let n = 0; n < 3000; n++) {
      const input = lists(rand);
      expect(unionEvidence(input), JSON.stringify(input)).toStrictEqual(plainUnion(input));
    }
  });

  it('orders one sorted list per source by source, keeping each list whole', () => {
    const b = [span('b', 1, 2), span('b', 5, 6)];
    const a = [span('a', 9, 10)];
    const union = unionEvidence([b, [], a]);
    expect(union.map((e) => `${e.sourceId}${e.start}`)).toEqual(['a9', 'b1', 'b5']);
    expect(union[1]).toBe(b[0]);
  });

  it('keeps the first of two spans at the same position of one source', () => {
    const first = span('a', 1, 2, 'first');
    expect(unionEvidence([[first], [span('a', 1, 2, 'second')]])).toEqual([first]);
  });
});
