// Incremental seeding (`npm run seed -- <file>` into a graph that already holds other articles): a document is
// compared not only with the documents of its run (check-id-kinds.ts) but with what the graph's other sources
// declared. An id an earlier-seeded source holds as a COUNTRY (or an event) cannot become a GROUP (or an actor) by
// a new document, or the claims rule would reconcile two different things into one node. The sources this run
// re-seeds are left out: their stored claims are about to be replaced, so a changed document may change a kind.
import type { Claim } from '../domain/claims/claim.ts';
import { ArticleValidationError } from './article-validation-error.ts';
import { declarations } from './check-id-kinds.ts';
import type { ParsedArticle } from './parsed-article.ts';

/** What one source already in the graph declares an id as, in check-id-kinds' words (`COUNTRY`, `event`). */
export interface HeldDeclaration {
  id: string;
  kind: string;
  sourceId: string;
}

/** An id a document declares as `kind` at `path` while other sources in the graph hold it as `heldKind`. */
export interface GraphClash {
  file: string;
  path: string;
  id: string;
  kind: string;
  heldKind: string;
  sourceIds: string[];
}

/** The declarations stored claims imply: an actor's `kind` claim; any claim on an event, statement or relationship. */
export function heldDeclarations(claims: readonly Claim[]): HeldDeclaration[] {
  const out = new Map<string, HeldDeclaration>();
  for (const c of claims) {
    const kind = c.subjectType === 'Actor' ? (c.field === 'kind' ? c.value : null) : c.subjectType.toLowerCase();
    if (kind !== null)
      out.set(JSON.stringify([c.subjectId, kind, c.sourceId]), { id: c.subjectId, kind, sourceId: c.sourceId });
  }
  return [...out.values()];
}

/** Every declaration of the documents that another kind held by a source this run does not re-seed contradicts. */
export function findGraphClashes(articles: readonly ParsedArticle[], held: readonly HeldDeclaration[]): GraphClash[] {
  const reseeded = new Set(articles.map((a) => a.source.id));
  const heldKinds = new Map<string, Map<string, Set<string>>>();
  for (const h of held) {
    if (reseeded.has(h.sourceId)) continue;
    const kinds = heldKinds.get(h.id) ?? new Map<string, Set<string>>();
    heldKinds.set(h.id, kinds.set(h.kind, (kinds.get(h.kind) ?? new Set()).add(h.sourceId)));
  }
  return articles.flatMap((a) =>
    declarations(a).flatMap(([id, d]) =>
      [...(heldKinds.get(id) ?? [])]
        .filter(([kind]) => kind !== d.kind)
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
        .map(([heldKind, sources]) => ({
          file: a.file,
          path: d.path,
          id,
          kind: d.kind,
          heldKind,
          sourceIds: [...sources].sort(),
        })),
    ),
  );
}

/** One error per document, in the documents' order; `describeSource` names a stored source (it has no file). */
export function graphClashErrors(
  clashes: readonly GraphClash[],
  describeSource: (sourceId: string) => string,
): ArticleValidationError[] {
  const byFile = new Map<string, GraphClash[]>();
  for (const c of clashes) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
  return [...byFile].map(
    ([file, list]) =>
      new ArticleValidationError(
        file,
        list.map((c) => ({
          path: c.path,
          message: `id "${c.id}" is declared as ${c.kind} here but as ${c.heldKind} by ${c.sourceIds.map(describeSource).join(', ')}, already in the graph`,
        })),
      ),
  );
}
