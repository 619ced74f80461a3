// A fast path for the plainest EDTF strings (a day, month or year, and intervals between them or open at one
// end): most dates in a corpus are these, and the edtf grammar costs ~0.15 ms per distinct string (1.5 s of a
// cold start at 100k events). Everything else (qualifiers, unspecified digits, unknown ends, seasons, sets) and
// anything this path is unsure of (an impossible day, ends that overlap or are reversed) returns null and goes to
// the edtf package. test/article/plain-edtf.test.ts checks that this path answers exactly as the edtf one does.
import type { FuzzyDate, Precision } from '../domain/types.ts';
import { MONTHS } from './day-label.ts';

interface Plain {
  earliest: string;
  latest: string;
  precision: Exclude<Precision, 'open'>;
  label: string;
}

// Years before 1000 are left to edtf: their labels and ISO forms have edge cases not worth repeating here.
const PLAIN = /^([1-9]\d{3})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

function plainDate(input: string): Plain | null {
  const m = PLAIN.exec(input);
  if (!m) return null;
  const year = m[1]!;
  if (m[2] === undefined) return { earliest: `${year}-01-01`, latest: `${year}-12-31`, precision: 'year', label: year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  const name = MONTHS[month - 1]!;
  if (m[3] === undefined) {
    return {
      earliest: `${year}-${m[2]}-01`,
      latest: `${year}-${m[2]}-${pad(lastDay)}`,
      precision: 'month',
      label: `${name} ${year}`,
    };
  }
  const day = Number(m[3]);
  if (day < 1 || day > lastDay) return null;
  return { earliest: input, latest: input, precision: 'day', label: `${day} ${name} ${year}` };
}

const RANK: Record<Plain['precision'], number> = { year: 1, month: 2, day: 3 };

/** The FuzzyDate of a plain EDTF date or interval, or null when the edtf package must decide. */
export function parsePlainEdtf(input: string): FuzzyDate | null {
  const slash = input.indexOf('/');
  if (slash < 0) {
    const d = plainDate(input);
    return d && { edtf: input, ...d };
  }
  const [from, to] = [input.slice(0, slash), input.slice(slash + 1)];
  if (from === '..') {
    const upper = plainDate(to);
    return (
      upper && {
        edtf: input,
        earliest: null,
        latest: upper.latest,
        precision: 'open',
        label: `on or before ${upper.label}`,
      }
    );
  }
  const lower = plainDate(from);
  if (!lower) return null;
  if (to === '..') {
    return {
      edtf: input,
      earliest: lower.earliest,
      latest: null,
      precision: 'open',
      label: `on or after ${lower.label}`,
    };
  }
  const upper = plainDate(to);
  // Overlapping or reversed ends are edtf's to judge.
  if (!upper || lower.latest >= upper.earliest) return null;
  return {
    edtf: input,
    earliest: lower.earliest,
    latest: upper.latest,
    precision: RANK[lower.precision] <= RANK[upper.precision] ? lower.precision : upper.precision,
    label: `between ${lower.label} and ${upper.label}`,
  };
}
