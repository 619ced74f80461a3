// A checker for the TimelineJS3 JSON format, written from its documentation:
// https://timeline.knightlab.com/docs/json-format.html (source: NUKnightLab/TimelineJS3,
// website/templates/docs/json-format.html). Required: `events` (list of slides); each event slide's
// `start_date`; each date's `year` (a number); each media object's `url`. Everything else is optional,
// with the types below. Unknown properties are reported too, since TimelineJS silently ignores them.

type Problems = string[];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkKeys(v: Record<string, unknown>, allowed: readonly string[], at: string, problems: Problems): void {
  for (const k of Object.keys(v)) if (!allowed.includes(k)) problems.push(`${at}.${k} is not a TimelineJS property`);
}

function checkString(v: unknown, at: string, problems: Problems): void {
  if (v !== undefined && typeof v !== 'string') problems.push(`${at} must be a string`);
}

const DATE_PARTS: Record<string, [number, number]> = {
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
  millisecond: [0, 999],
};

function checkDate(v: unknown, at: string, problems: Problems): void {
  if (!isObject(v)) return void problems.push(`${at} must be a date object`);
  checkKeys(v, ['year', ...Object.keys(DATE_PARTS), 'display_date', 'format'], at, problems);
  if (typeof v.year !== 'number' || !Number.isInteger(v.year))
    problems.push(`${at}.year is required and must be a whole number`);
  for (const [part, [lo, hi]] of Object.entries(DATE_PARTS)) {
    const p = v[part];
    if (p !== undefined && (typeof p !== 'number' || !Number.isInteger(p) || p < lo || p > hi))
      problems.push(`${at}.${part} must be a whole number from ${lo} to ${hi}`);
  }
  checkString(v.display_date, `${at}.display_date`, problems);
}

function checkSlide(v: unknown, at: string, isTitle: boolean, problems: Problems): void {
  if (!isObject(v)) return void problems.push(`${at} must be a slide object`);
  checkKeys(
    v,
    ['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id'],
    at,
    problems,
  );
  if (v.start_date === undefined) {
    if (!isTitle) problems.push(`${at}.start_date is required`);
  } else checkDate(v.start_date, `${at}.start_date`, problems);
  if (v.end_date !== undefined) checkDate(v.end_date, `${at}.end_date`, problems);
  if (v.text !== undefined) {
    if (!isObject(v.text)) problems.push(`${at}.text must be a text object`);
    else {
      checkKeys(v.text, ['headline', 'text'], `${at}.text`, problems);
      checkString(v.text.headline, `${at}.text.headline`, problems);
      checkString(v.text.text, `${at}.text.text`, problems);
    }
  }
  if (v.media !== undefined) {
    if (!isObject(v.media)) problems.push(`${at}.media must be a media object`);
    else {
      checkKeys(
        v.media,
        ['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target'],
        `${at}.media`,
        problems,
      );
      if (typeof v.media.url !== 'string') problems.push(`${at}.media.url is required`);
    }
  }
  checkString(v.group, `${at}.group`, problems);
  checkString(v.display_date, `${at}.display_date`, problems);
  checkString(v.unique_id, `${at}.unique_id`, problems);
  if (v.autolink !== undefined && typeof v.autolink !== 'boolean')
    problems.push(`${at}.autolink must be true or false`);
}

/** Problems with a document, empty when TimelineJS will take it. */
export function timelineJSProblems(doc: unknown): string[] {
  const problems: Problems = [];
  if (!isObject(doc)) return ['the document must be an object'];
  checkKeys(doc, ['events', 'title', 'eras', 'scale'], 'document', problems);
  if (!Array.isArray(doc.events)) problems.push('events is required and must be a list');
  else doc.events.forEach((e, i) => checkSlide(e, `events[${i}]`, false, problems));
  if (doc.title !== undefined) checkSlide(doc.title, 'title', true, problems);
  if (doc.scale !== undefined && doc.scale !== 'human' && doc.scale !== 'cosmological')
    problems.push('scale must be human or cosmological');
  const ids = Array.isArray(doc.events)
    ? doc.events.map((e) => (isObject(e) ? e.unique_id : undefined)).filter((x) => x !== undefined)
    : [];
  if (new Set(ids).size !== ids.length) problems.push('unique_id values must be unique');
  return problems;
}
