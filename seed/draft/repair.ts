// The last guard before writing: an item the validator rejects (a clash of ids, a reference to something not
// drafted) is left out, with a note, rather than losing the whole draft. References to it go with it.
import { ArticleValidationError } from '../../server/article/article-validation-error.ts';
import type { ArticleDocument } from '../../server/article/document-schema.ts';
import { validateArticle } from '../../server/article/validate-article.ts';

type List = 'actors' | 'events' | 'statements' | 'relationships';
const LISTS: List[] = ['actors', 'events', 'statements', 'relationships'];

/** Returns the document without the items at fault, and a note for each one left out. */
export function dropInvalidItems(
  file: string,
  doc: ArticleDocument,
  text: string,
): { doc: ArticleDocument; notes: string[] } {
  const notes: string[] = [];
  for (let round = 0; round < 10; round++) {
    let issues;
    try {
      validateArticle(file, doc, text);
      return { doc, notes };
    } catch (e) {
      if (!(e instanceof ArticleValidationError)) throw e;
      issues = e.issues.filter((i) => !i.path.endsWith('.review'));
    }
    if (issues.length === 0) return { doc, notes };
    const doomed = new Map<List, Set<number>>();
    for (const issue of issues) {
      const m = /^(actors|events|statements|relationships)\[(\d+)\]/.exec(issue.path);
      if (!m) throw new ArticleValidationError(file, issues);
      const list = m[1] as List;
      if (!doomed.has(list)) doomed.set(list, new Set());
      doomed.get(list)!.add(Number(m[2]));
      notes.push(`left out ${issue.path.split('.')[0]}: ${issue.message}`);
    }
    const gone = new Set<string>();
    for (const list of LISTS) {
      const idx = doomed.get(list);
      if (!idx) continue;
      (doc[list] as Array<{ id: string }>).forEach((item, i) => idx.has(i) && gone.add(item.id));
      (doc as Record<List, unknown[]>)[list] = doc[list].filter((_, i) => !idx.has(i));
    }
    doc = withoutReferencesTo(doc, gone);
  }
  throw new Error('draft: could not make a valid document; please report this article');
}

function withoutReferencesTo(doc: ArticleDocument, gone: Set<string>): ArticleDocument {
  return {
    ...doc,
    source: { ...doc.source, citations: doc.source.citations.filter((c) => !gone.has(c.actor)) },
    actors: doc.actors.map((a) => ({ ...a, roles: a.roles.filter((r) => !r.of || !gone.has(r.of)) })),
    events: doc.events.map((e) => ({
      ...e,
      participants: e.participants.filter((p) => !gone.has(p.actor)),
      links: e.links.filter((l) => !gone.has(l.target)),
    })),
    statements: doc.statements
      .filter((s) => !gone.has(s.speaker))
      .map((s) => {
        const out = { ...s };
        if (out.event && gone.has(out.event)) delete out.event;
        if (out.quotedIn && gone.has(out.quotedIn)) delete out.quotedIn;
        return out;
      }),
    relationships: doc.relationships.filter((r) => !gone.has(r.source) && !gone.has(r.target)),
  };
}
