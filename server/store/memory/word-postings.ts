// Word -> ascending document numbers, for the embedded search: documents are added once as lists of word ids,
// then queried for those holding every one of several words without looking at any text again.

export class WordPostings {
  /** Lower-case word -> its id; ids number `lists`. */
  private readonly ids = new Map<string, number>();
  /** Per word id, the documents holding it, ascending; a number[] while adding, an Int32Array once frozen. */
  private lists: Array<number[] | Int32Array> = [];
  /** Per word id, the last document it was added to: repeats within a document are skipped without a Set. */
  private lastDoc: number[] = [];
  /** Per document, how many distinct words it holds (what search's score is computed from). */
  private readonly distinct: number[] = [];

  /** The id of a lower-case word, a new one for a word not seen before. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      this.ids.set(word, (id = this.lists.length));
      this.lists.push([]);
      this.lastDoc.push(-1);
    }
    return id;
  }

  /** Adds the next document from lists of word ids (repeats count once) and returns its number, from 0. */
  add(wordIds: Iterable<ArrayLike<number>>): number {
    const doc = this.distinct.length;
    let n = 0;
    for (const ids of wordIds)
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (this.lastDoc[id] === doc) continue;
        this.lastDoc[id] = doc;
        (this.lists[id] as number[]).push(doc);
        n++;
      }
    this.distinct.push(n);
    return doc;
  }

  /** Ends adding: lists become compact typed arrays. */
  freeze(): void {
    this.lists = this.lists.map((l) => Int32Array.from(l));
    this.lastDoc = [];
  }

  /** Distinct words of a document. */
  distinctWords(doc: number): number {
    return this.distinct[doc] ?? 0;
  }

  /** Documents holding every word (lower-case), ascending; none for no words. */
  withEvery(words: readonly string[]): number[] {
    if (words.length === 0) return [];
    const lists: Array<ArrayLike<number>> = [];
    for (const w of words) {
      const id = this.ids.get(w);
      if (id === undefined) return [];
      lists.push(this.lists[id]!);
    }
    lists.sort((a, b) => a.length - b.length);
    // Walk the rarest word's list; each other list is ascending, so one cursor per list moves forward only.
    const [rarest, ...others] = lists as [ArrayLike<number>, ...Array<ArrayLike<number>>];
    const at = others.map(() => 0);
    const out: number[] = [];
    next: for (let r = 0; r < rarest.length; r++) {
      const doc = rarest[r]!;
      for (let i = 0; i < others.length; i++) {
        const list = others[i]!;
        let j = at[i]!;
        while (j < list.length && list[j]! < doc) j++;
        at[i] = j;
        if (j === list.length) break next;
        if (list[j] !== doc) continue next;
      }
      out.push(doc);
    }
    return out;
  }

  /** For the start-up figures: documents, words and postings held. */
  size(): { documents: number; words: number; postings: number } {
    let postings = 0;
    for (const list of this.lists) postings += list.length;
    return { documents: this.distinct.length, words: this.lists.length, postings };
  }
}
