// The search index's parts: word postings (which documents hold every one of some words, and how many distinct
// words each holds) against a brute-force count, and the fast tokeniser against the shared word rule.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../bench/corpus/prng.ts';
import { WordIds } from '../../server/store/word-ids.ts';
import { WordPostings } from '../../server/store/memory/word-postings.ts';
import { wordsOf } from '../../server/store/word-ids.ts';

describe('word postings', () => {
  it('finds exactly the documents holding every word, and counts each document’s distinct words', () => {
    const rng = createRng(7);
    const vocabulary = Array.from({ length: 40 }, (_, i) => `w${i}`);
    // Skewed: low words are common, high ones rare, so intersections of every size occur.
    const docs = Array.from({ length: 400 }, () =>
      Array.from({ length: rng.int(0, 30) }, () => vocabulary[Math.floor(rng.next() ** 2 * vocabulary.length)]!),
    );
    const postings = new WordPostings();
    for (const words of docs) postings.add([words.map((w) => postings.idOf(w))]);
    postings.freeze();
    docs.forEach((words, doc) => expect(postings.distinctWords(doc)).toBe(new Set(words).size));
    for (let q = 0; q < 300; q++) {
      const query = Array.from({ length: rng.int(1, 4) }, () => rng.pick([...vocabulary, 'absent']));
      const expected = docs.flatMap((words, doc) => (query.every((w) => words.includes(w)) ? [doc] : []));
      expect(postings.withEvery(query), query.join(' ')).toEqual(expected);
    }
    expect(postings.withEvery([])).toEqual([]);
    expect(postings.size()).toEqual({
      documents: 400,
      words: vocabulary.filter((w) => docs.some((d) => d.includes(w))).length,
      postings: docs.reduce((n, d) => n + new Set(d).size, 0),
    });
  });

  it('counts a word once per document however many parts hold it', () => {
    const postings = new WordPostings();
    const [a, b] = [postings.idOf('a'), postings.idOf('b')];
    postings.add([[a, b, a], [b], []]);
    postings.add([[b]]);
    postings.freeze();
    expect(postings.distinctWords(0)).toBe(2);
    expect(postings.withEvery(['b'])).toEqual([0, 1]);
    expect(postings.withEvery(['a', 'b'])).toEqual([0]);
  });
});

describe('word ids', () => {
  const words = (text: string) => {
    const names: string[] = [];
    const ids = new WordIds((w) => {
      const known = names.indexOf(w);
      return known >= 0 ? known : names.push(w) - 1;
    });
    return { fast: ids.of(text).map((id) => names[id]), cached: [...ids.ofPart(text)].map((id) => names[id]) };
  };

  it('gives the words of the shared rule, on ASCII and on text needing Unicode case rules', () => {
    const texts = [
      'Sovereignty is NOT for sale — “No, President Trump…” (U.S. 2025-05-03) it’s 50%',
      'ΟΔΥΣΣΕΥΣ’ ΣΟΦΟΣ. ΣΑ',
      'İSTANBUL — KELVIN 5K · Straße',
      'café — naïve — Ⅻ — ①',
      '',
      '— … ·',
    ];
    for (const text of texts) {
      const { fast, cached } = words(text);
      expect(fast, text).toEqual(wordsOf(text));
      expect(cached, text).toEqual(wordsOf(text));
    }
  });

  it('relies on no character other than a letter or digit lower-casing into a letter or digit', () => {
    // WordIds lower-cases ASCII words alone when a text has no letter or digit outside ASCII; that is exact only if
    // lower-casing any other character never yields a letter or digit. Every code point is checked.
    const letterOrDigit = /[\p{L}\p{N}]/u;
    const offenders: string[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!letterOrDigit.test(ch) && letterOrDigit.test(ch.toLowerCase())) offenders.push(cp.toString(16));
    }
    expect(offenders).toEqual([]);
  });
});
