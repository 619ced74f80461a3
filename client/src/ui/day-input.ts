// The window's date fields: shown as the labels are ("5 May 2025", Intl's English long form, not the browser's
// mm/dd/yyyy), and read forgivingly: an ISO day, that long form (English month names, or the browser locale's),
// or digits in the browser locale's order (5/3/2025 is 3 May in en-GB, 5 March in en-US). Anything else, and
// any day the calendar does not have, is refused with the reason in words.

const DISPLAY_LOCALE = 'en-GB';
let displayFormat: Intl.DateTimeFormat | null = null;
/** Built on first use, not when the bundle is evaluated: a browser's first Intl formatter loads ICU data. */
const display = (): Intl.DateTimeFormat =>
  (displayFormat ??= new Intl.DateTimeFormat(DISPLAY_LOCALE, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }));

/** "2025-05-05" -> "5 May 2025". */
export function formatDay(iso: string): string {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) ? iso : display().format(ms);
}

const pad = (n: number) => String(n).padStart(2, '0');

function monthNames(locale: string): string[] {
  const f = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const s = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => [f, s].map((x) => x.format(Date.UTC(2025, m, 15)).toLowerCase()))
    .flat()
    .map((n) => n.replace(/\.$/, ''));
}

/** Day, month and year in the order the locale writes digits ("en-US": month first). */
function numericOrder(locale: string): Array<'day' | 'month' | 'year'> {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC' })
    .formatToParts(Date.UTC(2025, 4, 5))
    .map((p) => p.type)
    .filter((t): t is 'day' | 'month' | 'year' => t === 'day' || t === 'month' || t === 'year');
}

export type ParsedDay = { day: string } | { error: string };

function checked(year: number, month: number, day: number, text: string): ParsedDay {
  if (month < 1 || month > 12) return { error: `“${text}” is not a day: there is no month ${month}` };
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) {
    const name = display()
      .formatToParts(Date.UTC(year, month - 1, 1))
      .find((p) => p.type === 'month')?.value;
    return { error: `“${text}” is not a calendar day: ${name} ${year} has ${last} days` };
  }
  return { day: `${year}-${pad(month)}-${pad(day)}` };
}

/** An ISO day from what was typed, or why it is not one; `locale` is the browser's (navigator.language). */
export function parseDay(input: string, locale: string): ParsedDay {
  const text = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]), text);
  const digits = /^(\d{1,4})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{1,4})$/.exec(text);
  if (digits) {
    const order = numericOrder(locale);
    const value = Object.fromEntries(order.map((k, i) => [k, Number(digits[i + 1])])) as Record<string, number>;
    if (value['year']! >= 1000) return checked(value['year']!, value['month']!, value['day']!, text);
  }
  const words = /^(\d{1,2})\.?\s+([^\d\s,.]+)\.?,?\s+(\d{4})$|^([^\d\s,.]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u.exec(text);
  if (words) {
    const [day, name, year] = words[1] ? [words[1], words[2]!, words[3]!] : [words[5]!, words[4]!, words[6]!];
    for (const names of [monthNames(DISPLAY_LOCALE), monthNames(locale)]) {
      const i = names.indexOf(name.toLowerCase());
      if (i >= 0) return checked(Number(year), Math.floor(i / 2) + 1, Number(day), text);
    }
  }
  return { error: `“${text}” is not a day; write it as ${formatDay('2025-05-05')} or 2025-05-05` };
}
