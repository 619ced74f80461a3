// Who said the quoted words: "X said", "said X", "according to X", the paragraph that introduces a block quote,
// "I"/"he" inside a quote, and "he said" after one. Each answer carries the cue it rests on.
import type { DraftActor } from './actors.ts';
import type { QuoteSpan } from './quotes.ts';
import type { Span, TextModel } from './types.ts';

export const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|stated|states|wrote|writes|argued|argues|noted|notes|warned|warns|declared|' +
  'insisted|insists|explained|explains|asked|asks|replied|replies|responded|responds|continued|emphasized|' +
  'emphasised|stressed|announced|claimed|claims|posted|tweeted|stating|saying|adding|asking|writing';
const VERB = `(?:${SPEECH_VERBS})`;

export interface MentionAt extends Span {
  actor: DraftActor;
}

export interface Attribution {
  speaker: DraftActor;
  confidence: number;
  reason: string;
  /** The attributing words ("Sheinbaum said"), kept as evidence. */
  cue?: Span;
}

function subjectOf(candidates: MentionAt[]): MentionAt | undefined {
  return candidates.filter((m) => m.actor.kind === 'PERSON').pop() ?? candidates.pop();
}

export function mentionIndex(actors: readonly DraftActor[]): MentionAt[] {
  const all = actors.flatMap((actor) => actor.mentions.map((m) => ({ ...m, actor })));
  // Overlapping mentions ("El Salvador's president" over "El Salvador"): the longer one names the actor.
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MentionAt[] = [];
  for (const m of all) if (!out.some((o) => o.start < m.end && m.start < o.end)) out.push(m);
  return out;
}

export function attribute(
  model: TextModel,
  quotes: QuoteSpan[],
  i: number,
  mentions: MentionAt[],
  speakers: Map<number, Attribution>,
): Attribution | undefined {
  const { text } = model;
  const q = quotes[i]!;
  const para = model.paragraphs[q.paragraph]!;
  const outside = (m: MentionAt) =>
    !quotes.some((o) => o.parent === undefined && o !== q && o.start <= m.start && m.end <= o.end) &&
    !(q.start <= m.start && m.end <= q.end);
  // For "she said": the last person the text had speaking ("Sheinbaum said on Saturday ..."), else the last named.
  const lastSpeaker = (before: number) =>
    [...mentions]
      .reverse()
      .find(
        (m) =>
          m.end <= before &&
          before - m.end < 600 &&
          m.actor.kind === 'PERSON' &&
          outside(m) &&
          new RegExp(`^\\s+(?:\\w+\\s+){0,2}(?:${SPEECH_VERBS})\\b`).test(text.slice(m.end, m.end + 40)),
      ) ?? lastPerson(before);
  const byTitle = (word: string, before: number) =>
    [...mentions]
      .reverse()
      .find(
        (m) =>
          m.end <= before &&
          m.actor.kind === 'PERSON' &&
          m.actor.roles.some((r) => r.title.toLowerCase().split(/\s+/).includes(word)),
      );
  const lastPerson = (before: number, not?: DraftActor) =>
    [...mentions].reverse().find((m) => m.end <= before && m.actor.kind === 'PERSON' && m.actor !== not && outside(m));

  if (q.intro) {
    // The subject of the introducing sentence: the first actor named in its last sentence.
    const sentence = model.sentences.filter((s) => s.start >= q.intro!.start && s.end <= q.intro!.end).pop() ?? q.intro;
    const cue = /(\S+)\s*:\s*$/.exec(text.slice(sentence.start, sentence.end))?.[1] ?? 'a colon';
    const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const subject = inSentence.find((m) => m.actor.kind === 'PERSON') ?? inSentence[0];
    if (subject)
      return {
        speaker: subject.actor,
        confidence: 0.8,
        reason: `block quote after "${cue}:", introduced by ${subject.actor.name}`,
        cue: sentence,
      };
  }

  if (q.parent !== undefined) {
    // Words quoted inside a quote: "I said" is its speaker, "he said" someone named in it (whom the speaker
    // addresses or reports), else the person named last before it.
    const outer = speakers.get(q.parent);
    const parent = quotes[q.parent]!;
    const lead = text.slice(Math.max(parent.start, q.start - 60), q.start);
    if (outer && /\bI\s+(?:\w+\s+)?(?:said|say|told|asked|replied|answered)\b[^.?!]*$|\bI\s+said\b/.test(lead))
      return { speaker: outer.speaker, confidence: 0.7, reason: `"I said" inside ${outer.speaker.name}'s quote` };
    if (outer && /\b(?:he|she|they)\s+(?:said|says|told|asked)\b[^.?!]*$/i.test(lead)) {
      const named = mentions.find(
        (m) => m.start >= parent.start && m.end <= parent.end && m.actor.kind === 'PERSON' && m.actor !== outer.speaker,
      );
      const other = named ?? lastPerson(parent.start, outer.speaker);
      if (other)
        return {
          speaker: other.actor,
          confidence: named ? 0.6 : 0.4,
          reason: `"he said" inside ${outer.speaker.name}'s quote, ${other.actor.name} ${named ? 'named in it' : 'named before it'}`,
        };
    }
    if (outer)
      return {
        speaker: outer.speaker,
        confidence: 0.3,
        reason: `quoted inside ${outer.speaker.name}'s words; no other speaker found`,
      };
  }

  // "..., X said" / "..., said X" / "..., he said" after the quote, up to the end of that sentence.
  const tail = text.slice(q.end, Math.min(para.end, q.end + 100));
  const after = tail.slice(0, tail.search(/[.?!](?:\s|$)/) >= 0 ? tail.search(/[.?!](?:\s|$)/) + 1 : tail.length);
  const afterVerb = new RegExp(
    `^[,.!?’”"']*\\s*(?:[”"’']\\s*)?(?:(${VERB})\\s+|([^.?!“"]{1,90}?)\\s+(${VERB})\\b)`,
    'u',
  ).exec(after);
  if (afterVerb) {
    const from = q.end + afterVerb.index;
    const verb = afterVerb[1] ?? afterVerb[3]!;
    const subject = afterVerb[2];
    // "..., she said Saturday in Spanish": a pronoun subject is the last one speaking, whatever follows.
    if (subject && /^(?:[^\p{L}]*)(?:he|she|they)$/iu.test(subject.trim())) {
      const p = lastSpeaker(q.start);
      if (p)
        return {
          speaker: p.actor,
          confidence: 0.6,
          reason: `"${subject.replace(/^[^\p{L}]+/u, '').trim()} ${verb}" after the quote: ${p.actor.name}, the last person speaking or named before it`,
          cue: { start: from, end: q.end + after.replace(/[\s.?!]+$/, '').length },
        };
    }
    // "..., the minister said": the person last named with that title.
    const titled =
      /\bthe\s+([a-z]+)\s*$/i.exec(subject ?? '') ?? /^\s*the\s+([a-z]+)\b/i.exec(after.slice(afterVerb[0].length));
    const holder = titled ? byTitle(titled[1]!.toLowerCase(), q.start) : undefined;
    if (holder)
      return {
        speaker: holder.actor,
        confidence: 0.6,
        reason: `"the ${titled![1]} ${verb}" after the quote: ${holder.actor.name}, named with that title before it`,
        cue: { start: from, end: q.end + after.replace(/[\s.?!]+$/, '').length },
      };
    // "..., Sheinbaum told supporters": the subject before the verb; "..., said Governor X": right after it.
    const verbEnd = q.end + afterVerb[0].length;
    const named =
      // The subject nearest the verb, a person first ("spokesman for the Department ... Tammy Bruce told").
      subjectOf(mentions.filter((m) => m.start >= from && m.end <= verbEnd && outside(m))) ??
      (subject ? undefined : mentions.find((m) => m.start >= verbEnd && m.start <= verbEnd + 30 && outside(m)));
    if (named)
      return {
        speaker: named.actor,
        confidence: 0.85,
        reason: `"${text.slice(named.start, named.end)} ${verb}" after the quote`,
        // The rest of the sentence belongs to the cue: it says where and when ("... on Saturday").
        cue: { start: from, end: q.end + after.replace(/[\s.?!]+$/, '').length },
      };
  }
  // "X said:" / "X told Fox News:" / "according to X," / "said Governor X:" before the quote, in its sentence.
  const lead = text
    .slice(Math.max(para.start, q.start - 160), q.start)
    .replace(/[\s"“‘']+$/u, '')
    .split(/(?<=[.?!]["”’]?)\s+/)
    .pop()!;
  const leadStart = q.start - text.slice(Math.max(para.start, q.start - 160), q.start).length;
  const leadFrom = leadStart + text.slice(leadStart, q.start).lastIndexOf(lead);
  const beforeVerb = new RegExp(`(according to\\s+)|\\b(${VERB})\\b`, 'iu').exec(lead);
  if (beforeVerb) {
    const verbAt = leadFrom + beforeVerb.index;
    const inLead = mentions.filter((m) => m.start >= leadFrom && m.end <= q.start && outside(m));
    const subjects = inLead.filter((m) => m.end <= verbAt);
    const objects = inLead.filter((m) => m.start >= verbAt);
    // The one who speaks stands before the verb; after it stands an audience ("told Fox News"), unless the
    // words are "according to X" or "said X".
    const pronoun = /\b(?:he|she)\s+(?:\w+\s+){0,2}$/i.test(text.slice(leadFrom, verbAt));
    const pick = beforeVerb[1]
      ? objects[0]
      : (subjects.filter((m) => m.actor.kind === 'PERSON').pop() ??
        (pronoun ? undefined : (subjects.pop() ?? objects[0])));
    if (pick)
      return {
        speaker: pick.actor,
        confidence: 0.75,
        reason: `"${lead.slice(beforeVerb.index).trim().slice(0, 40)}" before the quote`,
        cue: { start: leadFrom, end: leadFrom + lead.length },
      };
    const p = lastSpeaker(q.start);
    if (pronoun && p)
      return {
        speaker: p.actor,
        confidence: 0.5,
        reason: `"${lead.trim().slice(0, 30)}" before the quote: ${p.actor.name}, the last person speaking or named before it`,
      };
  }
  // A quote paragraph with no cue continues the last speaker (news style), else the nearest person before it.
  const previous = [...speakers.entries()].filter(([j]) => j < i).pop()?.[1];
  if (previous)
    return {
      speaker: previous.speaker,
      confidence: 0.3,
      reason: `no attribution; continues ${previous.speaker.name}'s quote before it`,
    };
  const p = lastPerson(q.start);
  if (p)
    return {
      speaker: p.actor,
      confidence: 0.2,
      reason: `no attribution; ${p.actor.name} is the person named last before it`,
    };
  return undefined;
}
