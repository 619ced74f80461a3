// Statements: every quotation with its speaker (attribution.ts), and paraphrases ("X argue that ...") with theirs.
import type { DraftActor } from './actors.ts';
import { attribute, SPEECH_VERBS, type Attribution, type MentionAt } from './attribution.ts';
import type { DraftEvent } from './events.ts';
import { slug } from './ids.ts';
import type { QuoteSpan } from './quotes.ts';
import type { DateMention, Span, TextModel } from './types.ts';

export interface DraftStatement {
  id: string;
  speaker: DraftActor;
  kind: 'QUOTE' | 'PARAPHRASE';
  text: string;
  date: string;
  event?: DraftEvent;
  quotedIn?: DraftStatement;
  evidence: Span[];
  confidence: number;
  reason: string;
}

const REPORT_VERBS = `${SPEECH_VERBS}|argue|suggest|suggests|suggested|maintain|maintains|maintained|contend|contends|believe|believes|insist|claim`;
const PARAPHRASE = new RegExp(`\\b(${REPORT_VERBS})\\s+that\\s+(.+)$`, 'u');
const SAID_ON = new RegExp(`\\b(?:${SPEECH_VERBS})(?:\\s+\\w+){0,2}\\s+(?:on\\s+|in\\s+)?$`, 'i');
const VAGUE_SUBJECT = /^(?:Some|Many|Others|Critics|Several|Most|They)\b/;

export function findStatements(
  model: TextModel,
  quotes: QuoteSpan[],
  mentions: MentionAt[],
  events: DraftEvent[],
  dates: DateMention[],
  published: string,
): DraftStatement[] {
  const { text } = model;
  const open = `../${published}`;
  const speakers = new Map<number, Attribution>();
  const made = new Map<number, DraftStatement>();
  const out: DraftStatement[] = [];
  quotes.forEach((q, i) => {
    const who = attribute(model, quotes, i, mentions, speakers);
    if (!who) return;
    speakers.set(i, who);
    if (q.short && !who.cue) return;
    const words = text.slice(q.start, q.end);
    if (!/[\p{L}\p{N}]/u.test(words)) return;
    const parent = q.parent !== undefined ? made.get(q.parent) : undefined;
    // Said at an event the introducing sentence names ("during a morning press conference ..., stating:").
    const around = who.cue ?? model.sentences.find((s) => s.start <= q.start && q.start < s.end) ?? q;
    const event = parent
      ? undefined
      : events.find(
          (e) =>
            e.sentence.start <= around.start &&
            around.end <= e.sentence.end &&
            /speech|press-conference|meeting|interview|announcement/.test(e.kind.kind),
        );
    // The saying's own date: in the words after the quote ("..., she said Saturday"), or right after a speech verb.
    const ownDate = dates.find(
      (d) =>
        !d.dateline &&
        d.start >= around.start &&
        d.end <= around.end &&
        !(d.start >= q.start && d.end <= q.end) &&
        (d.start >= q.end ||
          SAID_ON.test(text.slice(Math.max(0, d.start - 40), d.start)) ||
          // "On June 26, X stated that ...": a date opening the attributing sentence.
          (who.cue !== undefined && d.start - who.cue.start <= 30 && /^\s*,/.test(text.slice(d.end)))),
    );
    const s: DraftStatement = {
      id: '',
      speaker: who.speaker,
      kind: 'QUOTE',
      text: words,
      // Its own date is the surest: the words say when they were said.
      date: ownDate?.edtf ?? event?.date ?? parent?.date ?? open,
      evidence: [
        { start: q.start, end: q.end },
        ...(who.cue && !(who.cue.start <= q.start && q.end <= who.cue.end) ? [who.cue] : []),
      ],
      confidence: who.confidence,
      reason: who.reason,
      ...(event ? { event } : {}),
      ...(parent ? { quotedIn: parent } : {}),
    };
    made.set(i, s);
    out.push(s);
  });
  out.push(...paraphrases(model, quotes, mentions, open));
  const used = new Set<string>();
  for (const s of out) {
    const base = `${s.speaker.id}-${slug(s.text.split(/\s+/).slice(0, 6).join(' '), 40)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    s.id = id;
  }
  return out;
}

function paraphrases(model: TextModel, quotes: QuoteSpan[], mentions: MentionAt[], open: string): DraftStatement[] {
  const { text } = model;
  const out: DraftStatement[] = [];
  model.sentences.forEach((s, i) => {
    if (quotes.some((q) => q.start < s.end && s.start < q.end)) return;
    const sentence = text.slice(s.start, s.end);
    const m = PARAPHRASE.exec(sentence);
    if (!m) return;
    const verbAt = s.start + m.index;
    let subject = mentions.filter((x) => x.start >= s.start && x.end <= verbAt).pop();
    let reason = subject ? `"${text.slice(subject.start, subject.end)} ... ${m[1]} that"` : '';
    // "Some argue that ...": the people the sentence before spoke of.
    const prev = model.sentences[i - 1];
    if (!subject && VAGUE_SUBJECT.test(sentence) && prev && prev.paragraph === s.paragraph) {
      subject =
        mentions.find((x) => x.start >= prev.start && x.end <= prev.end && x.actor.kind !== 'COUNTRY') ??
        mentions.find((x) => x.start >= prev.start && x.end <= prev.end);
      reason = subject ? `"${sentence.split(' ')[0]} ${m[1]} that" after a sentence about ${subject.actor.name}` : '';
    }
    if (!subject) return;
    const clause = m[2]!.replace(/[.\s]+$/, '');
    if (!/[\p{L}\p{N}]/u.test(clause)) return;
    out.push({
      id: '',
      speaker: subject.actor,
      kind: 'PARAPHRASE',
      text: `${clause[0]!.toUpperCase()}${clause.slice(1)}.`,
      date: open,
      evidence: [{ start: s.start, end: s.end }],
      confidence: 0.5,
      reason: `paraphrase: ${reason}`,
    });
  });
  return out;
}
