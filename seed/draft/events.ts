// Sentences that report something happening: a trigger word from the vocabulary (event-kinds.ts), the actors
// around it in their roles, and the date the sentence gives it. With no date of its own an event is "on or
// before publication"; after "following <a dated event>" or "led to", it runs from that date to publication.
import type { MentionAt } from './attribution.ts';
import type { DraftActor } from './actors.ts';
import { EVENT_KINDS, NOT_HAPPENED, type EventKind } from './event-kinds.ts';
import { slug } from './ids.ts';
import type { DateMention, Span, TextModel } from './types.ts';

export interface DraftEvent {
  id: string;
  kind: EventKind;
  agent?: DraftActor;
  other?: DraftActor;
  participants: Array<{ actor: DraftActor; role: string }>;
  date: string;
  dateNote: string;
  trigger: Span;
  evidence: Span[];
  sentence: Span;
  confidence: number;
  reason: string;
}

const TRIGGERS = EVENT_KINDS.flatMap((kind) =>
  kind.triggers.map((t) => ({ kind, re: new RegExp(`\\b${t}\\b`, 'gi') })),
);

export function findEvents(
  model: TextModel,
  mentions: MentionAt[],
  dates: DateMention[],
  quoted: Span[],
  published: string,
): DraftEvent[] {
  const { text } = model;
  const open = `../${published}`;
  const found: DraftEvent[] = [];
  for (const s of model.sentences) {
    if (quoted.some((q) => q.start <= s.start && s.end <= q.end)) continue;
    const sentence = text.slice(s.start, s.end);
    const inS = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const hits: DraftEvent[] = [];
    for (const { kind, re } of TRIGGERS) {
      for (const m of sentence.matchAll(re)) {
        const at = s.start + m.index;
        if (hits.some((h) => h.kind === kind || (h.trigger.start <= at && at < h.trigger.end))) continue;
        if (NOT_HAPPENED.test(text.slice(Math.max(s.start, at - 40), at))) continue;
        // Words inside quotation marks are someone's saying, not the article's report of an event.
        if (quoted.some((q) => q.start <= at && at < q.end)) continue;
        const trigger = { start: at, end: at + m[0].length };
        const { agent, other } = partiesOf(text, inS, trigger);
        hits.push({
          id: '',
          kind,
          participants: [],
          date: open,
          dateNote: 'no date in the sentence: on or before publication',
          trigger,
          evidence: [{ start: s.start, end: s.end }],
          sentence: s,
          confidence: agent ? 0.6 : 0.4,
          reason: `"${m[0]}" reports ${kind.kind === 'criticism' ? 'a criticism' : `a ${kind.kind}`}${agent ? ` by ${agent.actor.name}` : ''}`,
          ...(agent ? { agent: agent.actor } : {}),
          ...(other ? { other: other.actor } : {}),
        });
      }
    }
    dateEvents(
      text,
      hits,
      dates.filter((d) => !d.dateline && d.start >= s.start && d.end <= s.end),
      published,
    );
    recipientsOfRejectedProposals(hits);
    found.push(...hits);
  }
  return merge(found);
}

/** The doer: the possessor right before a noun trigger ("Trump's proposal"), else the actor named last before the
 * trigger; the other party: the first actor named after it. */
function partiesOf(text: string, inS: MentionAt[], trigger: Span) {
  // A mention running into the trigger modifies it ("U.S. military presence"): it is the doer.
  // "According to The Wall Street Journal, the call ...": the source cited is not the doer.
  const cited = (m: MentionAt) => /according to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start));
  const before = inS.filter((m) => m.start < trigger.start && !cited(m));
  const after = inS.filter((m) => m.start >= trigger.end);
  const possessor = before.find((m) => /^['’]s\s+(?:\w+\s+){0,2}$/.test(text.slice(m.end, trigger.start)));
  // "... during a speech": the occasion belongs to the sentence's subject.
  const occasion = /\b(?:during|at|in)\s+(?:an?|the|his|her|their)?\s*(?:\w+\s+){0,2}$/i.test(
    text.slice(Math.max(0, trigger.start - 40), trigger.start),
  );
  // "an offer from President Donald Trump": the doer follows the noun.
  const from = after.find((m) => /^\s*(?:from|by)\s+(?:\S+\s+){0,2}$/i.test(text.slice(trigger.end, m.start)));
  const agent =
    from ??
    possessor ??
    (occasion ? (before.find((m) => m.actor.kind === 'PERSON') ?? before[0]) : before[before.length - 1]);
  // A possessive after "following" belongs to an earlier event ("following Trump's January directive").
  const other = after.find(
    (m) =>
      m.actor !== agent?.actor &&
      !(
        /^['’]s\b/.test(text.slice(m.end, m.end + 2)) &&
        /\b(?:[Ff]ollowing|[Aa]fter|[Ss]ince|[Aa]mid|[Bb]efore)\s+(?:\p{Lu}\S*\s+){0,3}$/u.test(
          text.slice(Math.max(0, m.start - 40), m.start),
        )
      ),
  );
  return { agent, other };
}

const SAID_ON = /\b(?:said|says|told(?:\s+\w+){0,2}|announced|revealed|stated|wrote|recalled)\s+(?:on\s+|in\s+)?$/i;

const OCCASIONS = new Set(['speech', 'press-conference', 'interview']);

function dateEvents(text: string, hits: DraftEvent[], dates: DateMention[], published: string): void {
  // A date belongs to the trigger right after it ("Trump's January directive"), else to the nearest one before it
  // ("designation ... in February has led to ..."), else to the nearest one after it. "recent" dates nothing.
  // "Sheinbaum said on Saturday that she had turned down ...": that date is the saying's, not the event's.
  const saying = (d: DateMention) => SAID_ON.test(text.slice(Math.max(0, d.start - 30), d.start));
  // ... except for the occasion of the saying itself ("told reporters on Tuesday" dates the briefing).
  const occasions = hits.filter((e) => OCCASIONS.has(e.kind.kind));
  for (const d of dates.filter((x) => !x.edtf.startsWith('..') && saying(x))) {
    const e = occasions.find((o) => Math.abs(o.trigger.end - d.start) <= 40 || Math.abs(d.end - o.trigger.start) <= 40);
    if (e && e.date.startsWith('..')) [e.date, e.dateNote] = [d.edtf, d.note];
  }
  for (const d of dates.filter((x) => !x.edtf.startsWith('..') && !saying(x))) {
    const next = hits.find(
      (e) => e.trigger.start >= d.end && /^[\s'’s]{0,4}(?:\w+\s+)?$/.test(text.slice(d.end, e.trigger.start)),
    );
    // Only near: a date far from every trigger dates something the vocabulary does not know, and a wrong date is
    // worse than none. A date opening the sentence ("In February, ...") dates its main clause.
    const lead = text.slice(sentenceStart(hits), d.start);
    const opening = lead.length <= 30 && /^\W*(?:\w+\s+){0,4}$/.test(lead) && /^\s*,/.test(text.slice(d.end));
    const before = hits
      .filter((e) => e.trigger.end <= d.start && d.start - e.trigger.end <= 80)
      .sort((a, b) => b.trigger.end - a.trigger.end)[0];
    const after = hits
      .filter((e) => e.trigger.start >= d.end && (opening || e.trigger.start - d.end <= 40))
      .sort((a, b) => a.trigger.start - b.trigger.start)[0];
    const e = next ?? before ?? after;
    if (e && e.date.startsWith('..')) [e.date, e.dateNote] = [d.edtf, d.note];
  }
  for (const e of hits) {
    if (!e.date.startsWith('..')) continue;
    // "X expanded ... following Trump's January directive", "... has already led to increased presence".
    const cause = hits.find(
      (c) =>
        c !== e &&
        !c.date.startsWith('..') &&
        c.date.length <= 10 &&
        ((/\b(?:following|after|since)\s+(?:\S+\s+){0,4}$/i.test(
          text.slice(Math.max(0, c.trigger.start - 70), c.trigger.start),
        ) &&
          c.trigger.start > e.trigger.start) ||
          /\b(?:led to|lead to|leads to|resulted in|prompted|triggered)\b/i.test(
            text.slice(c.trigger.end, e.trigger.start),
          )),
    );
    if (cause)
      [e.date, e.dateNote] = [
        `${cause.date}/${published}`,
        `after the ${cause.kind.kind} of ${cause.date}, until publication`,
      ];
    else if (/\bwill\b/.test(text.slice(e.sentence.start, e.sentence.end)))
      [e.date, e.dateNote] = [`${published}/..`, 'announced for after publication'];
  }
}

/** One event per kind and doer: "declining ... proposal" and "her rejection" in two sentences are one rejection. */
function merge(events: DraftEvent[]): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (const e of events) {
    // An event with no doer ("The rejection comes amid ...") is the last one of its kind, when there is one.
    const same = [...out]
      .reverse()
      .find(
        (o) =>
          ((!e.agent || !o.agent) && o.kind === e.kind) ||
          (o.kind === e.kind &&
            o.agent === e.agent &&
            (o.date === e.date || o.date.startsWith('..') || e.date.startsWith('..'))),
      );
    if (!same) {
      out.push(e);
      continue;
    }
    same.evidence.push(...e.evidence);
    if (e.agent && !same.agent) same.agent = e.agent;
    if (e.other && !same.other) same.other = e.other;
    // Both dates come from the text; the narrower one that fits inside the other says more ("last month" and
    // "on April 16" are one call on 16 April).
    if ((same.date.startsWith('..') && !e.date.startsWith('..')) || narrowerInside(e.date, same.date))
      [same.date, same.dateNote] = [e.date, e.dateNote];
    same.confidence = Math.min(0.9, same.confidence + 0.1);
  }
  for (const e of out) {
    if (e.agent) e.participants.push({ actor: e.agent, role: e.kind.agent });
    if (e.other && e.other !== e.agent) e.participants.push({ actor: e.other, role: e.kind.other });
    const month = /^\d{4}-\d{2}/.exec(e.date)?.[0];
    e.id = slug(`${month ?? ''} ${e.agent?.id ?? ''} ${e.kind.kind} ${e.other?.id ?? ''}`);
  }
  return out;
}

export function eventTitle(e: DraftEvent): string {
  const what = e.kind.kind.replace(/-/g, ' ');
  return `${what[0]!.toUpperCase()}${what.slice(1)}${e.agent ? ` by ${e.agent.name}` : ''}${e.other ? ` (${e.kind.other}: ${e.other.name})` : ''}`;
}

/** "Sheinbaum ... declining President Trump's proposal": whoever rejects a proposal was its recipient. */
function recipientsOfRejectedProposals(hits: DraftEvent[]): void {
  for (const r of hits) {
    if (r.kind.kind !== 'rejection' || !r.agent || !r.other) continue;
    const p = hits.find((h) => h.kind.kind === 'proposal' && h.agent === r.other && h.trigger.start > r.trigger.start);
    if (p && p.other !== r.agent) p.other = r.agent;
  }
}

function sentenceStart(hits: DraftEvent[]): number {
  return hits[0]?.sentence.start ?? 0;
}

function narrowerInside(inner: string, outer: string): boolean {
  if (inner.includes('/') || outer.includes('/') || inner === outer) return false;
  return inner.startsWith(outer);
}
