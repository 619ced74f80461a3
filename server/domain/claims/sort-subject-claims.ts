// One subject's claims in the order compareClaims gives (field, value, source), without comparing every pair of
// claims by four strings: claims are put in their field's bucket (a type has at most 7 fields) and only each
// bucket is sorted, by value then source. The start-up reconciles ~180k subjects (~4M claims at 100k events).
import { compareClaims, type Claim, type ClaimSubjectType } from './claim.ts';
import { CLAIM_FIELDS } from './claim-fields.ts';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Per subject type, each field's place in code-unit order (the order `<` and compareClaims give). */
const placesOf = (type: ClaimSubjectType): ReadonlyMap<string, number> =>
  new Map(
    Object.keys(CLAIM_FIELDS[type])
      .sort()
      .map((field, place) => [field, place] as const),
  );
const FIELD_PLACE: Readonly<Record<ClaimSubjectType, ReadonlyMap<string, number>>> = {
  Actor: placesOf('Actor'),
  Event: placesOf('Event'),
  Statement: placesOf('Statement'),
  Relationship: placesOf('Relationship'),
};

const byValueThenSource = (a: Claim, b: Claim) => byString(a.value, b.value) || byString(a.sourceId, b.sourceId);

/**
 * A sorted copy of `claims`, equal to `[...claims].sort(compareClaims)` (both sorts are stable, and a bucket keeps
 * its claims' arrival order). A claim of another type or an unknown field takes that plain sort, so whatever
 * reads the result meets such a claim where it always did.
 */
export function sortSubjectClaims(type: ClaimSubjectType, claims: readonly Claim[]): Claim[] {
  const places = FIELD_PLACE[type];
  const buckets: Array<Claim[] | undefined> = [];
  for (const c of claims) {
    const place = c.subjectType === type ? places.get(c.field) : undefined;
    if (place === undefined) return [...claims].sort(compareClaims);
    const bucket = buckets[place];
    if (bucket) bucket.push(c);
    else buckets[place] = [c];
  }
  const out: Claim[] = [];
  for (const bucket of buckets) {
    if (!bucket) continue;
    if (bucket.length > 1) bucket.sort(byValueThenSource);
    for (const c of bucket) out.push(c);
  }
  return out;
}
