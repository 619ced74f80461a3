// Across documents: an id names one thing. An id declared as a different type (actor in one document, event in
// another) or as an actor of a different kind (a COUNTRY here, a GROUP there) is refused, naming both files, both
// kinds and where each is declared: the claims rule would otherwise reconcile two different things into one.
import { ArticleValidationError, type ArticleIssue } from './article-validation-error.ts';
import type { ParsedArticle } from './parsed-article.ts';

export interface Declaration {
  file: string;
  path: string;
  /** An actor's kind (`COUNTRY`), or the type of anything else (`event`, `statement`, `relationship`). */
  kind: string;
}

type List = 'actors' | 'events' | 'statements' | 'relationships';

/** The field path of a declaration, as messages name it: an actor's kind, or the item itself. */
const pathOf = (list: List, index: number) => (list === 'actors' ? `actors[${index}].kind` : `${list}[${index}]`);

/** Visits every id the document declares, with its list, position and kind, making no strings. */
function eachDeclaration(a: ParsedArticle, visit: (id: string, list: List, index: number, kind: string) => void) {
  a.actors.forEach((x, i) => visit(x.id, 'actors', i, x.kind));
  a.events.forEach((x, i) => visit(x.id, 'events', i, 'event'));
  a.statements.forEach((x, i) => visit(x.id, 'statements', i, 'statement'));
  a.relationships.forEach((x, i) => visit(x.id, 'relationships', i, 'relationship'));
}

/** Every id the document declares, with where and as what. */
export function declarations(a: ParsedArticle): Array<[string, Omit<Declaration, 'file'>]> {
  const out: Array<[string, Omit<Declaration, 'file'>]> = [];
  eachDeclaration(a, (id, list, index, kind) => out.push([id, { path: pathOf(list, index), kind }]));
  return out;
}

/** One error per document that clashes with an earlier one (naming the earlier); empty when none does. */
export function idKindClashes(articles: readonly ParsedArticle[]): ArticleValidationError[] {
  // ~650k declarations at 100k events: only each id's first kind is kept (no object per id for the collector to
  // copy), and where that first declaration was is looked up again only for a clash.
  const seen = new Map<string, string>();
  const errors: ArticleValidationError[] = [];
  for (const a of articles) {
    const issues: ArticleIssue[] = [];
    eachDeclaration(a, (id, list, index, kind) => {
      const firstKind = seen.get(id);
      if (firstKind === undefined) seen.set(id, kind);
      else if (firstKind !== kind) {
        const first = firstDeclaration(articles, id)!;
        issues.push({
          path: pathOf(list, index),
          message: `id "${id}" is declared as ${kind} here but as ${firstKind} in ${first.file} (${pathOf(first.list, first.index)})`,
        });
      }
    });
    if (issues.length > 0) errors.push(new ArticleValidationError(a.file, issues));
  }
  return errors;
}

/** Where `id` is first declared, in article order (a document declares an id once: validate-article.ts). */
function firstDeclaration(articles: readonly ParsedArticle[], id: string) {
  for (const a of articles) {
    const lists = [a.actors, a.events, a.statements, a.relationships] as const;
    const names: readonly List[] = ['actors', 'events', 'statements', 'relationships'];
    for (const [k, items] of lists.entries()) {
      const index = items.findIndex((x) => x.id === id);
      if (index >= 0) return { file: a.file, list: names[k]!, index };
    }
  }
  return null;
}
