// The words search matches on, for both stores: wordsOf is the rule, WordIds numbers a text's words by it, faster
// for the common case (rank-hits.ts scores candidates with it; the embedded index builds its postings with it).

const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * The words of a text: lower-cased as a whole (as the query is, snippet.ts's searchTerms), then cut into runs of
 * letters and digits.
 */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORDS) ?? [];
}

/** A letter or digit outside ASCII: where lower-casing a word alone may differ from lower-casing it in its text. */
const NON_ASCII_WORD_CHAR = /(?![\x00-\x7f])[\p{L}\p{N}]/u;
const ASCII_WORDS = /[A-Za-z0-9]+/g;

export class WordIds {
  /** Word as written (any case) -> id, for texts whose words are all ASCII: each spelling is lower-cased once. */
  private readonly asWritten = new Map<string, number>();
  /** A part's ids, for parts repeated across candidates (an evidence quote names several subjects). */
  private readonly parts = new Map<string, readonly number[]>();

  /** `idOf` numbers lower-case words (WordPostings.idOf). */
  constructor(private readonly idOf: (word: string) => number) {}

  /**
   * The ids of a text's words, in order, repeats kept. With no letter or digit outside ASCII, a word's letters are
   * A-Z, a-z or 0-9 whatever its context (non-ASCII punctuation such as "—" separates words either way, and
   * lower-casing never turns a character that is not a letter or digit into one), and lower-casing such a word alone
   * gives what lower-casing the whole text gives. Any other text takes the exact path.
   */
  of(text: string): number[] {
    if (NON_ASCII_WORD_CHAR.test(text)) return wordsOf(text).map(this.idOf);
    const out: number[] = [];
    for (const w of text.match(ASCII_WORDS) ?? []) {
      let id = this.asWritten.get(w);
      if (id === undefined) this.asWritten.set(w, (id = this.idOf(w.toLowerCase())));
      out.push(id);
    }
    return out;
  }

  /** `of`, kept per text: for parts that recur (the build's memory is released with this object). */
  ofPart(text: string): readonly number[] {
    let ids = this.parts.get(text);
    if (!ids) this.parts.set(text, (ids = this.of(text)));
    return ids;
  }
}
