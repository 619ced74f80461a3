// Phrases that name groups rather than one actor: "U.S. lawmakers", "Mexican authorities" (a country's
// government, kept as an alias of the country), and demonyms standing for their country.
import { countryOf } from './countries.ts';
import { GOVERNMENT_NOUNS, GROUP_MODIFIERS, GROUP_NOUNS } from './actor-lexicon.ts';
import type { Mention } from './mention.ts';

export const GROUP_RE = new RegExp(
  `((?:(?:[A-Z][\\p{L}.]*|${GROUP_MODIFIERS.join('|')})[ \\u00a0]+){0,3})(${GROUP_NOUNS.join('|')})\\b`,
  'giu',
);

/** A government noun after a demonym: "Mexican authorities". */
export const GOVERNMENT_AFTER = new RegExp(`^[ \\u00a0]+(${GOVERNMENT_NOUNS.join('|')})\\b`, 'i');

export function governmentPhrase(
  para: string,
  base: number,
  start: number,
  end: number,
  word: string,
  country: string,
): Mention[] {
  const after = GOVERNMENT_AFTER.exec(para.slice(end - base));
  // "in Spanish" is a language, not a country.
  if (!after && /\bin[ \u00a0]+$/.test(para.slice(0, start - base)) && /^\W*(?:$|[.,;])/.test(para.slice(end - base)))
    return [];
  if (!after) return [{ start, end, name: country, kind: 'COUNTRY', confidence: 0.6, reason: `demonym "${word}"` }];
  const to = end + after[0].length;
  return [
    {
      start,
      end: to,
      name: country,
      kind: 'COUNTRY',
      confidence: 0.8,
      reason: `"${word} ${after[1]}": the country's government`,
      alias: `${word} ${after[1]}`,
    },
  ];
}

export function group(mods: string, noun: string, start: number): Mention | null {
  const words = mods.split(/[ \u00a0]+/).filter(Boolean);
  // Leading capitals that are not a country (sentence-initial "Some", "Intelligence") stay part of the name only
  // when they are a known modifier.
  while (words.length > 0 && !countryOf(words[0]!) && !GROUP_MODIFIERS.includes(words[0]!.toLowerCase())) words.shift();
  const name = [...words, noun].join(' ');
  const from = start + mods.length - words.join(' ').length - (words.length > 0 ? 1 : 0);
  if (noun.toLowerCase() === 'authorities' && words.length === 0) return null;
  return {
    start: from,
    end: from + name.length,
    name,
    kind: 'GROUP',
    confidence: words.length > 0 ? 0.7 : 0.5,
    reason: `group noun "${noun}"`,
  };
}
