// Finds the names in the text and what they name: capitalised sequences (split into possessor, title and name),
// demonyms and group phrases. Each mention is classified with the reason the classification rests on.
import nlp from 'compromise';
import { countryOf } from './countries.ts';
import {
  GROUP_NAME_WORDS,
  MEDIA_WORDS,
  NOT_NAMES,
  ORGANIZATION_WORDS,
  PLACE_WORDS,
  TITLES,
  wordsRe,
} from './actor-lexicon.ts';
import type { TextModel } from './types.ts';
import { GOVERNMENT_AFTER, GROUP_RE, governmentPhrase, group } from './group-mentions.ts';
import { dropOverlaps, type Mention } from './mention.ts';

export type { Mention } from './mention.ts';

const TITLE_RE = new RegExp(
  `^(?:${[...TITLES]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|')})\\s+`,
  'i',
);
const ORG_RE = wordsRe(ORGANIZATION_WORDS);
const MEDIA_RE = wordsRe(MEDIA_WORDS);
const PLACE_RE = wordsRe(PLACE_WORDS);
const GROUP_NAME_RE = wordsRe(GROUP_NAME_WORDS);
// A capitalised word (or an acronym like U.S.), possibly joined to the next by of/de/del/la/the/for.
const CAPS =
  /(?:[A-Z][\p{L}\p{M}'’.-]*|\b(?:[A-Z]\.)+)(?:[ \u00a0]+(?:(?:of|de|del|la|los|las|the|for)[ \u00a0]+)*(?:[A-Z][\p{L}\p{M}'’.-]*|(?:[A-Z]\.)+))*/gu;
export function findMentions(model: TextModel): Mention[] {
  const out: Mention[] = [];
  for (const p of model.paragraphs) {
    const para = model.text.slice(p.start, p.end);
    if (/^(?:Copyright|©|All rights reserved|Leave a Reply|Your email)/i.test(para)) continue;
    const heading = isHeading(para);
    for (const m of para.matchAll(CAPS)) out.push(...classify(para, m.index, m[0], heading, p.start));
    for (const m of para.matchAll(GROUP_RE)) {
      const g = group(m[1] ?? '', m[2]!, p.start + m.index);
      if (g) out.push(g);
    }
  }
  return dropOverlaps(out.filter((m) => m.end > m.start && m.name.trim() !== ''));
}

function classify(para: string, at: number, raw: string, heading: boolean, base: number): Mention[] {
  // A full stop after a word that is no abbreviation ends the name ("President Trump. Sovereignty").
  const cut = /^(.*?[a-z\p{Ll}]{2,}\.)[ \u00a0]+\S/u.exec(raw);
  if (cut && !ABBREVIATION.test(cut[1]!.split(/[ \u00a0]/).pop()!)) {
    const next =
      at + cut[1]!.length + (raw.slice(cut[1]!.length).length - raw.slice(cut[1]!.length).trimStart().length);
    return [
      ...classify(para, at, cut[1]!, heading, base),
      ...classify(para, next, raw.slice(next - at), heading, base),
    ];
  }
  let tokens = raw.split(/[ \u00a0]+/);
  let offset = 0;
  // Sentence-initial function words ("The", "According") are not part of a name.
  while (tokens.length > 0 && notName(tokens[0]!)) {
    offset += tokens[0]!.length + 1;
    tokens = tokens.slice(1);
  }
  if (tokens.length === 0) return [];
  let text = tokens.join(' ');
  let start = base + at + offset;
  const out: Mention[] = [];
  // "El Salvador's President Nayib Bukele": the possessor is a mention of its own and qualifies the title;
  // "Trump's January directive": the possessor alone is the name.
  const poss = /^(.+?)['’]s[ \u00a0]+(.+)$/u.exec(text);
  let of: string | undefined;
  if (poss && TITLE_RE.test(poss[2]! + ' ')) {
    const owner = countryOf(poss[1]!);
    if (owner) of = owner.name;
    out.push(...classify(para, at + offset, poss[1]!, heading, base));
    start += poss[1]!.length + 3;
    text = poss[2]!;
  } else if (poss) {
    const restAt = at + offset + poss[1]!.length + 3;
    return [
      ...classify(para, at + offset, poss[1]!, heading, base),
      ...classify(para, restAt, poss[2]!, heading, base),
    ];
  }
  text = text.replace(/['’]s$/, '').replace(/(?<!\b[A-Z])[.,;:]+$/, '');
  if (notName(text)) return out;
  // "White House Karoline Leavitt", "the Department of Foreign Affairs Tammy Bruce": an institution, then a person.
  const trailing = trailingPerson(text);
  if (trailing) {
    const personAt = start - base + text.length - trailing.length;
    const org = text.slice(0, text.length - trailing.length).trimEnd();
    return [
      ...out,
      ...classify(para, start - base, org, heading, base),
      ...classify(para, personAt, trailing, heading, base),
    ];
  }
  const end = start + text.length;
  const first = text.split(' ')[0]!;
  // "Americans", "Mexicans": people of a country, a group rather than the country.
  const people = /s$/.test(text) ? countryOf(text.slice(0, -1)) : undefined;
  if (people && people.demonyms.includes(text.slice(0, -1)))
    return [
      ...out,
      { start, end, name: text, kind: 'GROUP', confidence: 0.5, reason: `people of ${people.name} ("${text}")` },
    ];
  const country = countryOf(text);
  const named = (c: { names: string[] }) =>
    c.names.some((n) => n.toLowerCase() === text.toLowerCase().replace(/^the /, ''));
  if (country && named(country) && !GOVERNMENT_AFTER.test(para.slice(end - base)))
    return [
      ...out,
      { start, end, name: country.name, kind: 'COUNTRY', confidence: 0.95, reason: `country name "${text}"` },
    ];
  if (country) return [...out, ...governmentPhrase(para, base, start, end, text, country.name)];
  // An outlet or an institution keeps its country in its name ("USA Herald", "U.S. Northern Command").
  const demonym = countryOf(first);
  if (demonym && (MEDIA_RE.test(text) || ORG_RE.test(text)) && !TITLE_RE.test(text.slice(first.length + 1) + ' ')) {
    const media = MEDIA_RE.test(text);
    const word = (media ? MEDIA_RE : ORG_RE).exec(text)![1];
    return [
      ...out,
      {
        start,
        end,
        name: text,
        kind: media ? 'MEDIA' : 'ORGANIZATION',
        confidence: 0.75,
        reason: `${media ? 'outlet' : 'organisation'} name with "${word}"`,
      },
    ];
  }
  // A demonym before a title or a name qualifies it ("Mexican President ...").
  let rest = text;
  if (demonym) {
    out.push({
      start,
      end: start + first.length,
      name: demonym.name,
      kind: 'COUNTRY',
      confidence: 0.8,
      reason: `demonym "${first}"`,
    });
    of ??= demonym.name;
    rest = text.slice(first.length + 1);
    start += first.length + 1;
    if (notName(rest)) return out;
  }
  const title = TITLE_RE.exec(rest + ' ');
  if (title && rest.length > title[0].trim().length) {
    const t = title[0].trim();
    const name = rest.slice(title[0].length).trim();
    if (!name || ORG_RE.test(name)) return out;
    return [
      ...out,
      {
        start: start + title[0].length,
        end,
        name,
        kind: 'PERSON',
        confidence: 0.9,
        reason: `capitalised name after "${t}"`,
        title: { title: t, ...(of ? { of } : {}) },
      },
    ];
  }
  rest = rest.replace(/[ \u00a0]+(?:LLC|Inc\.?|Ltd\.?|Corp\.?)$/, '');
  if (GROUP_NAME_RE.test(rest))
    return [
      ...out,
      {
        start,
        end,
        name: rest,
        kind: 'GROUP',
        confidence: 0.75,
        reason: `group name with "${GROUP_NAME_RE.exec(rest)![1]}"`,
      },
    ];
  if (MEDIA_RE.test(rest))
    return [
      ...out,
      {
        start,
        end,
        name: rest,
        kind: 'MEDIA',
        confidence: 0.75,
        reason: `outlet name with "${MEDIA_RE.exec(rest)![1]}"`,
      },
    ];
  if (ORG_RE.test(rest))
    return [
      ...out,
      {
        start,
        end,
        name: of && !rest.startsWith(first) ? rest : text,
        kind: 'ORGANIZATION',
        confidence: 0.75,
        reason: `organisation word "${ORG_RE.exec(rest)![1]}"`,
      },
    ];
  if (/^(?:[A-Z]{2,5}|(?:[A-Z]\.){2,})$/.test(rest))
    return [...out, { start, end, name: rest, kind: 'ORGANIZATION', confidence: 0.5, reason: `acronym "${rest}"` }];
  if (PLACE_RE.test(rest)) return out;
  if (heading) return out;
  const tagged = nlp(rest);
  // Places ("Texas"), demonyms ("Latin American") and adjectives ("Earlier") are not actors.
  const single = !rest.includes(' ');
  if (tagged.has('#Place') || tagged.has('#Demonym') || (single && tagged.has('#Adjective'))) return out;
  const person = tagged.has('#Person');
  const said = /^[\s,]*(?:said|says|told|added|wrote|stated|argued|noted|warned)\b/.test(para.slice(end - base));
  if (person || said)
    return [
      ...out,
      {
        start,
        end,
        name: rest,
        kind: 'PERSON',
        confidence: person ? 0.7 : 0.6,
        reason: person ? `name tagged as a person` : `capitalised name before "said"`,
      },
    ];
  // Left for the actor step: a single word may be a known person's surname; longer names are proposed weakly.
  return [
    ...out,
    { start, end, name: rest, kind: 'PERSON', confidence: 0.3, reason: `capitalised name "${rest}" of unknown kind` },
  ];
}

/** Title-case lines without a full stop are headings: their capitals say nothing about names. */
function isHeading(para: string): boolean {
  const words = para.split(/\s+/);
  return (
    !/[.!?"”]$/.test(para) && words.length <= 14 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length > 0.6
  );
}

function trailingPerson(text: string): string | null {
  const tokens = text.split(' ');
  const isOrgWord = (t: string) => ORG_RE.test(t) || MEDIA_RE.test(t);
  let k = -1;
  tokens.forEach((t, i) => isOrgWord(t) && (k = i));
  if (k < 0) return null;
  const tail = tokens.slice(k + 1);
  const capitalised = tail.every((t) => /^\p{Lu}/u.test(t) && !isOrgWord(t));
  if (capitalised && tail.length >= 2 && tail.length <= 3) return tail.join(' ');
  const n = tokens.length;
  if (n - 2 > k && nlp(tokens[n - 2]!).has('#FirstName')) return tokens.slice(n - 2).join(' ');
  return null;
}

const ABBREVIATION = /^(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col|Capt|Sgt)\.$/;

/** Function words, contractions ("They're") and sentence openers are never names. */
function notName(word: string): boolean {
  const w = word.replace(/['’]s$/, '').replace(/[.,]$/, '');
  return NOT_NAMES.has(w) || /['’](?:re|ll|ve|d|m)$|n['’]t$/i.test(w);
}

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
