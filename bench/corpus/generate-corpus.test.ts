import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import { ACTOR_KINDS } from '../../core/domain/types.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { generateCorpus, writeCorpus, type CorpusSummary } from './generate-corpus.ts';

const EVENTS = 600;
let dir: string;
let summary: CorpusSummary;
let articles: ParsedArticle[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-corpus-test-'));
  summary = await writeCorpus(dir, { events: EVENTS, seed: 7 });
  articles = await loadArticles([dir]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const serialise = (seed: number) => JSON.stringify([...generateCorpus({ events: 120, seed }).articles]);

describe('the synthetic corpus', () => {
  it('is accepted by the real loader, with exactly the events asked for', () => {
    expect(articles).toHaveLength(summary.articles);
    expect(new Set(articles.flatMap((a) => a.events.map((e) => e.id))).size).toBe(EVENTS);
    expect(summary.events).toBe(EVENTS);
    expect(articles.reduce((n, a) => n + a.events.length, 0)).toBe(summary.eventClaims);
  });

  it('reports every event from 2 to 5 sources, whose dates mostly agree and sometimes are disputed', () => {
    const sources = new Map<string, number>();
    for (const a of articles) for (const e of a.events) sources.set(e.id, (sources.get(e.id) ?? 0) + 1);
    const counts = [...sources.values()];
    expect(Math.min(...counts)).toBe(2);
    expect(Math.max(...counts)).toBe(5);
    const store = new MemoryStore(articles);
    const events = [...sources.keys()];
    return store.getEvents(events).then((found) => {
      const disputed = found.filter((e) => e!.disputedFields.includes('date')).length;
      expect(disputed / events.length).toBeGreaterThan(0.2);
      expect(disputed / events.length).toBeLessThan(0.8);
    });
  });

  it('is the same for the same seed and different for another', () => {
    expect(serialise(3)).toBe(serialise(3));
    expect(serialise(3)).not.toBe(serialise(4));
  });

  it('has about a tenth as many actors as events, of every kind, shared across articles', () => {
    const actors = new Map(articles.flatMap((a) => a.actors.map((x) => [x.id, x.kind] as const)));
    expect(actors.size).toBe(summary.actors);
    expect(actors.size).toBeGreaterThanOrEqual(EVENTS / 12);
    expect(actors.size).toBeLessThanOrEqual(EVENTS / 8);
    expect(new Set(actors.values())).toEqual(new Set(ACTOR_KINDS));
    const declarations = articles.reduce((n, a) => n + a.actors.length, 0);
    expect(declarations).toBeGreaterThan(actors.size * 2);
  });

  it('has a few hubs that take part in far more events than a typical actor', () => {
    const participation = new Map<string, number>();
    for (const e of articles.flatMap((a) => a.events)) {
      for (const p of e.participants) participation.set(p.actorId, (participation.get(p.actorId) ?? 0) + 1);
    }
    const counts = [...participation.values()].sort((a, b) => a - b);
    const typical = counts[Math.floor(counts.length / 2)]!;
    const hub = participation.get(summary.hubs[0]!.id) ?? 0;
    expect(hub).toBeGreaterThan(typical * 5);
  });

  it('dates events over ten years with day, month and open precision', () => {
    const dates = articles.flatMap((a) => a.events.map((e) => e.date));
    const share = (p: string) => dates.filter((d) => d.precision === p).length / dates.length;
    expect(share('day')).toBeGreaterThan(0.5);
    expect(share('month')).toBeGreaterThan(0.1);
    expect(share('open')).toBeGreaterThan(0.05);
    const years = new Set(dates.map((d) => (d.earliest ?? d.latest)!.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(8);
    expect([...years].every((y) => y >= '2015' && y <= '2024')).toBe(true);
  });

  it('nests quotes: an inner quote lies inside the span of the statement that quotes it', () => {
    const statements = articles.flatMap((a) => a.statements);
    const byId = new Map(statements.map((s) => [s.id, s]));
    const inner = statements.filter((s) => s.quotedInId !== null);
    expect(inner.length).toBeGreaterThan(statements.length / 10);
    for (const s of inner) {
      const outer = byId.get(s.quotedInId!)!;
      expect(outer.quoteIds).toContain(s.id);
      expect(outer.speakerId).not.toBe(s.speakerId);
      expect(s.evidence[0]!.start).toBeGreaterThan(outer.evidence[0]!.start);
      expect(s.evidence[0]!.end).toBeLessThan(outer.evidence[0]!.end);
      expect(outer.text).toContain(s.text);
    }
  });

  it('cites evidence that slices its own article text, for every kind of fact', () => {
    for (const a of articles) {
      const spans = [
        ...a.actors.flatMap((x) => x.evidence),
        ...a.events.flatMap((e) => [...e.evidence, ...e.links.flatMap((l) => l.evidence)]),
        ...a.statements.flatMap((s) => s.evidence),
        ...a.relationships.flatMap((r) => r.evidence),
        ...a.source.citations.flatMap((c) => c.evidence),
      ];
      for (const s of spans) expect(a.source.text.slice(s.start, s.end)).toBe(s.quote);
    }
    expect(articles.some((a) => a.relationships.length > 0 && a.events.some((e) => e.links.length > 0))).toBe(true);
  });
});
