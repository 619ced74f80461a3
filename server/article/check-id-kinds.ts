// Across documents: an id names one thing. An id declared as a different type (actor in one document, event in
// another) or as an actor of a different kind (a COUNTRY here, a GROUP there) is refused, naming both files, both
// kinds and where each is declared: the claims rule would otherwise reconcile two different things into one.
import { ArticleValidationError, type ArticleIssue } from './article-validation-error.ts';
import type { ParsedArticle } from './parsed-article.ts';

interface Declaration {
  file: string;
  /** Where in its document: the list and the position, made into a path only for a message. */
  list: 'actors' | 'events' | 'statements' | 'relationships';
  index: number;
  kind: string;
}

/** The field path of a declaration, as messages name it: an actor's kind, or the item itself. */
const pathOf = (d: Pick<Declaration, 'list' | 'index'>) =>
  d.list === 'actors' ? `actors[${d.index}].kind` : `${d.list}[${d.index}]`;

/** One error per document that clashes with an earlier one (naming the earlier); empty when none does. */
export function idKindClashes(articles: readonly ParsedArticle[]): ArticleValidationError[] {
  // One entry per id, written once and read for every later declaration (~650k at 100k events): no path strings or
  // tuples are made unless there is a clash to report.
  const seen = new Map<string, Declaration>();
  const errors: ArticleValidationError[] = [];
  for (const a of articles) {
    const issues: ArticleIssue[] = [];
    const check = (list: Declaration['list'], items: ReadonlyArray<{ id: string }>, kindOf: (i: number) => string) => {
      for (let index = 0; index < items.length; index++) {
        const id = items[index]!.id;
        const kind = kindOf(index);
        const first = seen.get(id);
        if (!first) seen.set(id, { file: a.file, list, index, kind });
        else if (first.kind !== kind)
          issues.push({
            path: pathOf({ list, index }),
            message: `id "${id}" is declared as ${kind} here but as ${first.kind} in ${first.file} (${pathOf(first)})`,
          });
      }
    };
    check('actors', a.actors, (i) => a.actors[i]!.kind);
    check('events', a.events, () => 'event');
    check('statements', a.statements, () => 'statement');
    check('relationships', a.relationships, () => 'relationship');
    if (issues.length > 0) errors.push(new ArticleValidationError(a.file, issues));
  }
  return errors;
}
