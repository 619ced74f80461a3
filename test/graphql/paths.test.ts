// "How are these two connected?": paths(from, to, maxHops, first) over HTTP on the embedded store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { gql } from '../support/gql.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    length actors { id }
    hops { from { id } to { id } relationship { id type source { id } target { id } date { label } evidence { quote source { id } } } }
  }
}`;

describe('paths between two actors', () => {
  it('lists the shortest paths from Bukele to Trump, each hop a relationship with its date and evidence', async () => {
    const r = await gql(app.url, PATHS, { from: 'nayib-bukele', to: 'donald-trump' });
    expect(r.errors).toBeUndefined();
    const paths: any[] = r.data!.paths;
    expect(paths.length).toBe(4);
    for (const p of paths) {
      expect(p.length).toBe(3);
      expect(p.hops.length).toBe(3);
      expect(p.actors.map((a: any) => a.id)).toEqual([p.hops[0].from.id, ...p.hops.map((h: any) => h.to.id)]);
      expect(p.actors[0].id).toBe('nayib-bukele');
      expect(p.actors.at(-1).id).toBe('donald-trump');
      for (const h of p.hops) {
        const ends = [h.relationship.source.id, h.relationship.target.id].sort();
        expect(ends).toEqual([h.from.id, h.to.id].sort());
        expect(h.relationship.evidence[0].quote.length).toBeGreaterThan(0);
        expect(h.relationship.evidence[0].source.id).toBe('thin-line-news-2025-05-05');
      }
    }
    const first = paths[0];
    expect(first.hops.map((h: any) => h.relationship.type)).toEqual(['CRITICISED', 'LEADS', 'REJECTED_PROPOSAL_OF']);
    expect(first.hops[0].relationship.date.label).toBe('on or before 5 May 2025');
  });

  it('answers [] when not connected within maxHops or for an unknown actor, and bounds the count with first', async () => {
    const near = await gql(app.url, PATHS, { from: 'nayib-bukele', to: 'donald-trump', maxHops: 2 });
    expect(near.data!.paths).toEqual([]);
    const unknown = await gql(app.url, PATHS, { from: 'nayib-bukele', to: 'nobody' });
    expect(unknown.data!.paths).toEqual([]);
    const two = await gql(app.url, PATHS, { from: 'nayib-bukele', to: 'donald-trump', first: 2 });
    expect(two.data!.paths.length).toBe(2);
  });

  it.each([
    [{ maxHops: 0 }, 'maxHops', 'from 1 to 4'],
    [{ maxHops: 5 }, 'maxHops', 'from 1 to 4'],
    [{ first: 51 }, 'first', 'at most 50'],
    [{ to: 'nayib-bukele' }, 'to', 'must differ'],
  ])('refuses %o as BAD_USER_INPUT naming %s', async (vars, argument, words) => {
    const r = await gql(app.url, PATHS, { from: 'nayib-bukele', to: 'donald-trump', ...vars });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(r.errors![0]!.message).toContain(words);
  });
});
