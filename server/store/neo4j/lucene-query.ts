// Builds the fulltext (Lucene) query for a search from already-tokenised terms. Nothing the user typed reaches
// Lucene unescaped, so `"`, `(` or `AND` are just text, never syntax.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, '\\$&');
}

/**
 * Every term required, each matched anywhere inside an indexed token (`*term*`): Lucene's tokens keep
 * "trump's" or "u.s" whole where the shared word rule (snippet.ts) splits them, so this finds a superset
 * that the caller narrows to exact words.
 */
export function luceneQueryOf(terms: readonly string[]): string {
  return terms.map((t) => `+*${escapeLucene(t)}*`).join(' ');
}
