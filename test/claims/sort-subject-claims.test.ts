// sortSubjectClaims sorts a subject's claims field by field; whichever way it goes, its answer must be the plain
// stable sort by compareClaims, element for element (the same objects in the same order), on claims as a subject's
// are and on claims it cannot bucket (another subject type, a field the type does not have, repeats).
import { describe, expect, it } from 'vitest';
import { compareClaims, type Claim, type ClaimSubjectType } from '../../server/domain/claims/claim.ts';
import { CLAIM_FIELDS } from '../../server/domain/claims/claim-fields.ts';
import { sortSubjectClaims } from '../../server/domain/claims/sort-subject-claims.ts';
import { createRng, type Rng } from '../../bench/corpus/prng.ts';

const TYPES: readonly ClaimSubjectType[] = ['Actor', 'Event', 'Statement', 'Relationship'];

function claims(rng: Rng, type: ClaimSubjectType): Claim[] {
  const int = (n: number) => rng.int(0, n - 1);
  const fields = Object.keys(CLAIM_FIELDS[type]);
  const out: Claim[] = Array.from({ length: int(30) }, () => ({
    subjectType: type,
    subjectId: 'x',
    field: fields[int(fields.length)]!,
    // Few values and sources, so runs of equal values and equal (value, source) pairs are common.
    value: ['a', 'B', 'b', 'a|b', 'é', ''][int(6)]!,
    date: null,
    sourceId: `src-${int(4)}`,
    evidence: [],
  }));
  const broken = int(6);
  if (broken === 1 && out[0]) out.push({ ...out[0], subjectType: TYPES[int(4)]! }); // another type
  if (broken === 2 && out[0]) out.splice(int(out.length), 0, { ...out[0], field: 'unknown' }); // no such field
  return out;
}

describe('sortSubjectClaims', () => {
  it('gives the plain stable sort by compareClaims on 3,000 subjects, usual or not', () => {
    const rng = createRng(20261208);
    for (let n = 0; n < 3000; n++) {
      const type = TYPES[n % 4]!;
      const input = claims(rng, type);
      const before = [...input];
      const got = sortSubjectClaims(type, input);
      const want = [...input].sort(compareClaims);
      expect(got.length).toBe(want.length);
      got.forEach((c, i) => expect(c).toBe(want[i]));
      expect(input).toEqual(before); // the input is left as it was
    }
  });
});
