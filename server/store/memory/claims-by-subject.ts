// Every subject's claims by id, made on each read from the articles' listings (subject-listings.ts) instead of
// kept: a map to whoever reads it (getClaims, the search index), sorted as the store has always answered them.
import { compareClaims, type Claim } from '../../domain/claims/claim.ts';
import { claimsOf, type SubjectsById } from '../../domain/claims/subject-listings.ts';

export class ClaimsBySubject implements ReadonlyMap<string, Claim[]> {
  /** As listSubjects gives them: ids sorted, each id's subjects in type order. */
  constructor(private readonly byId: SubjectsById) {}

  /** The id's claims, sorted by subject type, field, value, source; a fresh list on every read. */
  get(id: string): Claim[] | undefined {
    const subjects = this.byId.get(id);
    if (!subjects) return undefined;
    // Sorted per subject, then the subjects' lists end to end in type order: compareClaims's order over all.
    return subjects.flatMap((s) => claimsOf(s).sort(compareClaims));
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get size(): number {
    return this.byId.size;
  }

  *keys(): MapIterator<string> {
    yield* this.byId.keys();
  }

  *values(): MapIterator<Claim[]> {
    for (const id of this.byId.keys()) yield this.get(id)!;
  }

  *entries(): MapIterator<[string, Claim[]]> {
    for (const id of this.byId.keys()) yield [id, this.get(id)!];
  }

  [Symbol.iterator](): MapIterator<[string, Claim[]]> {
    return this.entries();
  }

  forEach(visit: (claims: Claim[], id: string, map: ReadonlyMap<string, Claim[]>) => void): void {
    for (const [id, claims] of this.entries()) visit(claims, id, this);
  }
}
