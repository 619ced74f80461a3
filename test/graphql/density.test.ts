// timelineDensity over HTTP on the embedded store: the shape, its total against timeline, and bad arguments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { gql } from '../support/gql.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

const DENSITY = `query($from: String!, $to: String!, $buckets: Int, $laneBy: DensityLaneBy, $lanes: Int, $actorIds: [ID!]) {
  timelineDensity(from: $from, to: $to, buckets: $buckets, laneBy: $laneBy, lanes: $lanes, actorIds: $actorIds) {
    buckets { start end } counts lanes { key label counts } precisions { key label counts } total
  }
  timeline(from: $from, to: $to, actorIds: $actorIds, first: 0) { totalCount }
}`;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('timelineDensity', () => {
  it('answers buckets, lanes and a total equal to timeline.totalCount', async () => {
    const r = await gql(app.url, DENSITY, { from: '2025-01-01', to: '2025-06-30', buckets: 6, laneBy: 'ACTOR' });
    expect(r.errors).toBeUndefined();
    const d = r.data!.timelineDensity;
    expect(d.total).toBe(r.data!.timeline.totalCount);
    expect(d.total).toBeGreaterThan(0);
    expect(sum(d.counts)).toBe(d.total);
    expect(d.buckets).toHaveLength(6);
    expect(d.buckets[0]).toEqual({ start: '2025-01-01', end: '2025-01-31' });
    expect(d.lanes.length).toBeGreaterThan(0);
    expect(d.lanes.length).toBeLessThanOrEqual(20);
    expect(d.lanes.find((l: any) => l.key === 'donald-trump')?.label).toBe('Donald Trump');
  });

  it('with actorIds, the lanes are those actors and the total is their timeline', async () => {
    const r = await gql(app.url, DENSITY, {
      from: '2000-01-01',
      to: '2030-12-31',
      laneBy: 'ACTOR',
      actorIds: ['claudia-sheinbaum'],
    });
    expect(r.errors).toBeUndefined();
    const d = r.data!.timelineDensity;
    expect(d.lanes.map((l: any) => l.key)).toEqual(['claudia-sheinbaum']);
    expect(d.total).toBe(r.data!.timeline.totalCount);
  });

  it.each([
    [{ buckets: 0 }, 'buckets'],
    [{ buckets: 1001 }, 'buckets'],
    [{ lanes: 0 }, 'lanes'],
    [{ lanes: 101 }, 'lanes'],
    [{ from: '2025-02-30' }, 'from'],
    [{ from: '2025-03-01', to: '2025-02-01' }, 'to'],
  ])('refuses %o with BAD_USER_INPUT naming %s', async (vars, argument) => {
    const r = await gql(app.url, DENSITY, { from: '2025-01-01', to: '2025-06-30', ...vars });
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});
