// Every date expression in the text, resolved against the publication day with chrono-node, and written as EDTF
// no more precise than the words: "in February" is a month, "Saturday" is a day (noted as resolved from a weekday),
// "last week" is a range, "recently" is only "on or before publication".
import * as chrono from 'chrono-node';
import type { DateMention, TextModel } from './types.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Words that carry a date of their own only relative to publication; chrono ignores them. */
const VAGUE_PAST = /\b(recent(?:ly)?|earlier this year|in recent (?:weeks|months|days))\b/gi;

export function findDates(model: TextModel, published: string): DateMention[] {
  const { text } = model;
  const ref = new Date(`${published}T12:00:00Z`);
  const out: DateMention[] = [];
  // "the night of June 22" is read by chrono as a time of day; blanked to spaces (offsets kept), the day remains.
  const parsed = text.replace(/\b(?:the\s+)?(?:night|morning|evening|afternoon)\s+of\s+/gi, (m) =>
    ' '.repeat(m.length),
  );
  for (const r of chrono.parse(parsed, { instant: ref, timezone: 0 })) {
    const mention = resolve(r, text, ref, published);
    if (mention) out.push(afterPublication(mention, published));
  }
  for (let m = VAGUE_PAST.exec(text); m; m = VAGUE_PAST.exec(text)) {
    if (out.some((d) => d.start <= m!.index && m!.index < d.end)) continue;
    const edtf = /this year/i.test(m[0]) ? `${published.slice(0, 4)}/${published}` : `../${published}`;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      edtf,
      note: `"${m[0]}": before publication`,
      dateline: false,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

function resolve(r: chrono.ParsedResult, text: string, ref: Date, published: string): DateMention | null {
  const known = (c: chrono.ParsedComponents, k: chrono.Component) => c.isCertain(k);
  const s = r.start;
  // chrono keeps a trailing comma in its text; the span ends at the last word.
  const words = r.text.replace(/[\s,.;:]+$/, '');
  // "now" is the article's present, not a date of what it reports.
  if (/^(?:right )?now$/i.test(words)) return null;
  // Times of day alone ("morning", "now") date nothing.
  if (!['year', 'month', 'day', 'weekday'].some((k) => known(s, k as chrono.Component))) return null;
  const base = { start: r.index, end: r.index + words.length, dateline: false };
  const at = (c: chrono.ParsedComponents) => new Date(Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!));
  const relative = r.tags().has('result/relativeDate');

  if (relative) {
    const unit = /\b(day|week|month|year)s?\b/i.exec(words)?.[1]?.toLowerCase();
    const d = at(s);
    if (unit === 'week') {
      // "last week": the Monday-to-Sunday week holding the day chrono resolved; no day is chosen.
      const monday = addDays(d, -((d.getUTCDay() + 6) % 7));
      const sunday = addDays(monday, 6);
      const end = sunday > ref ? ref : sunday;
      return { ...base, edtf: `${day(monday)}/${day(end)}`, note: `"${words}": the week, no day given` };
    }
    if (unit === 'month')
      return { ...base, edtf: day(d).slice(0, 7), note: `"${words}": the month before publication` };
    if (unit === 'year') return { ...base, edtf: day(d).slice(0, 4), note: `"${words}": the year before publication` };
    return { ...base, edtf: day(d), note: `"${words}": counted from the publication day` };
  }

  if (!known(s, 'month') && !known(s, 'day') && known(s, 'weekday')) {
    // A bare weekday in a news report is the most recent such day on or before publication, unless the sentence
    // speaks of the future.
    const wd = s.get('weekday')!;
    const future = /\b(will|next|to be held|scheduled)\b/i.test(sentenceAround(text, r.index));
    let d = addDays(ref, (wd - ref.getUTCDay() + 7) % 7);
    if (!future && d > ref) d = addDays(d, -7);
    if (future && d <= ref) d = addDays(d, 7);
    const note = `resolved from the weekday "${WEEKDAYS[wd]}" against publication on ${published}`;
    return { ...base, edtf: day(d), note };
  }

  const year = known(s, 'year');
  const edtf =
    known(s, 'day') && known(s, 'month')
      ? day(at(s))
      : known(s, 'month')
        ? day(at(s)).slice(0, 7)
        : year
          ? String(s.get('year'))
          : null;
  if (!edtf) return null;
  let note = year ? `"${words}" as written` : `"${words}": year taken from publication on ${published}`;
  let value = edtf;
  if (r.end) {
    const e = r.end;
    const endEdtf = known(e, 'day') ? day(at(e)) : known(e, 'month') ? day(at(e)).slice(0, 7) : String(e.get('year'));
    value = `${edtf}/${endEdtf}`;
    note = `"${words}": a range`;
  }
  // "since February": from then until the article.
  if (!r.end && /\bsince\s+$/i.test(text.slice(Math.max(0, r.index - 7), r.index))) {
    value = `${edtf}/${published}`;
    note = `"since ${words}": from then until publication`;
  }
  return { ...base, edtf: value, note, dateline: value === published && r.index < 200 };
}

function sentenceAround(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('\n', at)) + 1;
  const to = text.slice(at).search(/[.\n]/);
  return text.slice(from, to < 0 ? text.length : at + to);
}

/** Nothing may start after the publication day: what the article announces for later is "<published>/..". */
function afterPublication(m: DateMention, published: string): DateMention {
  const start = m.edtf.split('/')[0]!;
  if (start === '' || start === '..' || start.slice(0, published.length) <= published.slice(0, start.length)) return m;
  return { ...m, edtf: `${published}/..`, note: `${m.note}; after publication, so "on or after ${published}"` };
}
