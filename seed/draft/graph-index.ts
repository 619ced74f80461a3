// The actors already in the graph (the article documents under a folder), so a draft reuses their ids.
import { existsSync } from 'node:fs';
import { loadArticles } from '../../server/article/load-articles.ts';
import type { ActorKind } from './types.ts';
import { normName } from './ids.ts';

export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
}

export class GraphIndex {
  private readonly byName = new Map<string, KnownActor>();
  constructor(readonly actors: readonly KnownActor[]) {
    // Names win over aliases: an alias shared by two actors must not hide either's own name.
    for (const a of actors)
      for (const n of a.aliases) if (!this.byName.has(normName(n))) this.byName.set(normName(n), a);
    for (const a of actors) this.byName.set(normName(a.name), a);
  }
  /** The known actor one of these names or aliases belongs to, if any. */
  find(names: Iterable<string>): KnownActor | undefined {
    for (const n of names) {
      const hit = this.byName.get(normName(n));
      if (hit) return hit;
    }
    return undefined;
  }
}

export class GraphPathError extends Error {}

/** Loads every document under `paths`; an unknown path is an error naming it, an empty folder an empty graph. */
export async function loadGraphIndex(paths: readonly string[]): Promise<GraphIndex> {
  for (const p of paths) if (!existsSync(p)) throw new GraphPathError(`--graph: no such file or folder: ${p}`);
  const articles = await loadArticles(paths);
  const byId = new Map<string, KnownActor>();
  for (const article of articles)
    for (const a of article.actors) {
      const known = byId.get(a.id);
      byId.set(a.id, { id: a.id, name: a.name, kind: a.kind, aliases: [...(known?.aliases ?? []), ...a.aliases] });
    }
  return new GraphIndex([...byId.values()]);
}
