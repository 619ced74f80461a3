// Across documents: an id names one thing. An id declared as a different type (actor in one document, event in
// another) or as an actor of a different kind (a COUNTRY here, a GROUP there) is refused, naming both files, both
// kinds and where each is declared: the claims rule would otherwise reconcile two different things into one.
import { ArticleValidationError } from './article-validation-error.ts';
import type { ParsedArticle } from './parsed-article.ts';

export interface Declaration {
  file: string;
  path: string;
  /** An actor's kind (`COUNTRY`), or the type of anything else (`event`, `statement`, `relationship`). */
  kind: string;
}

/** Every id the document declares, with where and as what. */
export function declarations(a: ParsedArticle): Array<[string, Omit<Declaration, 'file'>]> {
  return [
    ...a.actors.map((x, i): [string, Omit<Declaration, 'file'>] => [x.id, { path: `actors[${i}].kind`, kind: x.kind }]),
    ...a.events.map((x, i): [string, Omit<Declaration, 'file'>] => [x.id, { path: `events[${i}]`, kind: 'event' }]),
    ...a.statements.map((x, i): [string, Omit<Declaration, 'file'>] => [
      x.id,
      { path: `statements[${i}]`, kind: 'statement' },
    ]),
    ...a.relationships.map((x, i): [string, Omit<Declaration, 'file'>] => [
      x.id,
      { path: `relationships[${i}]`, kind: 'relationship' },
    ]),
  ];
}

/** One error per document that clashes with an earlier one (naming the earlier); empty when none does. */
export function idKindClashes(articles: readonly ParsedArticle[]): ArticleValidationError[] {
  const seen = new Map<string, Declaration>();
  const errors: ArticleValidationError[] = [];
  for (const a of articles) {
    const issues = [];
    for (const [id, d] of declarations(a)) {
      const first = seen.get(id);
      if (!first) seen.set(id, { ...d, file: a.file });
      else if (first.kind !== d.kind)
        issues.push({
          path: d.path,
          message: `id "${id}" is declared as ${d.kind} here but as ${first.kind} in ${first.file} (${first.path})`,
        });
    }
    if (issues.length > 0) errors.push(new ArticleValidationError(a.file, issues));
  }
  return errors;
}
