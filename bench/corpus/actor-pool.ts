// The corpus-wide cast: every actor an article may mention, with a few hubs that many articles mention.
import type { ActorKind } from '../../core/domain/types.ts';
import type { Rng } from './prng.ts';
import {
  CITY_ENDS,
  FIRST_NAMES,
  GROUP_NOUNS,
  MEDIA_NOUNS,
  NAME_ENDS,
  NAME_STARTS,
  ORG_WORDS,
  PLACE_ENDS,
  ROLE_TITLES,
} from './vocabulary.ts';

export interface PoolActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** For people: a title held in a country (the country is declared wherever the person is). */
  role: { title: string; countryIndex: number } | null;
}

export interface ActorPool {
  actors: PoolActor[];
  /** Indexes into `actors` of the very connected hubs (the first few actors). */
  hubs: number[];
  countries: number[];
  media: number[];
  cities: string[];
}

/** Hub kinds, in order: heads of state, big countries, one international body. */
const HUB_KINDS: readonly ActorKind[] = ['PERSON', 'COUNTRY', 'PERSON', 'COUNTRY', 'ORGANIZATION'];

const KIND_WEIGHTS: ReadonlyArray<readonly [ActorKind, number]> = [
  ['PERSON', 0.5],
  ['ORGANIZATION', 0.18],
  ['COUNTRY', 0.12],
  ['GROUP', 0.1],
  ['MEDIA', 0.1],
];

export const kebab = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function pickKind(rng: Rng): ActorKind {
  let u = rng.next();
  for (const [kind, w] of KIND_WEIGHTS) {
    if (u < w) return kind;
    u -= w;
  }
  return 'PERSON';
}

const surname = (rng: Rng) => `${rng.pick(NAME_STARTS)}${rng.pick(NAME_ENDS)}`;
const placeName = (rng: Rng) => `${rng.pick(NAME_STARTS)}${rng.pick(PLACE_ENDS)}`;

function nameOf(kind: ActorKind, rng: Rng): { name: string; aliases: string[] } {
  switch (kind) {
    case 'PERSON': {
      const last = surname(rng);
      return { name: `${rng.pick(FIRST_NAMES)} ${last}`, aliases: [last] };
    }
    case 'COUNTRY':
      return { name: placeName(rng), aliases: [] };
    case 'ORGANIZATION': {
      const name = `${rng.pick(ORG_WORDS.adjectives)} ${surname(rng)} ${rng.pick(ORG_WORDS.nouns)}`;
      return {
        name,
        aliases: [
          name
            .split(' ')
            .map((w) => w[0])
            .join(''),
        ],
      };
    }
    case 'GROUP':
      return { name: `${placeName(rng)} ${rng.pick(GROUP_NOUNS)}`, aliases: [] };
    case 'MEDIA':
      return { name: `The ${placeName(rng)} ${rng.pick(MEDIA_NOUNS)}`, aliases: [] };
  }
}

export function createActorPool(size: number, rng: Rng): ActorPool {
  const count = Math.max(size, HUB_KINDS.length + 10);
  const kinds: ActorKind[] = Array.from({ length: count }, (_, i) => HUB_KINDS[i] ?? pickKind(rng));
  // Every corpus needs countries (for roles) and media (for citations), however small.
  kinds[HUB_KINDS.length] = 'COUNTRY';
  kinds[HUB_KINDS.length + 1] = 'MEDIA';
  const countries = kinds.flatMap((k, i) => (k === 'COUNTRY' ? [i] : []));
  const actors = kinds.map((kind, i): PoolActor => {
    const { name, aliases } = nameOf(kind, rng);
    // People hold a title in a country; hubs in a hub country, so hub people pull hub countries along.
    const role =
      kind === 'PERSON' && rng.chance(0.7)
        ? { title: rng.pick(ROLE_TITLES), countryIndex: i < HUB_KINDS.length ? (i === 0 ? 1 : 3) : rng.pick(countries) }
        : null;
    // The index keeps ids unique however often a generated name repeats.
    return { id: `${kebab(name)}-${i.toString(36)}`, name, kind, aliases, role };
  });
  return {
    actors,
    hubs: HUB_KINDS.map((_, i) => i),
    countries,
    media: kinds.flatMap((k, i) => (k === 'MEDIA' ? [i] : [])),
    cities: Array.from({ length: 40 }, () => `${rng.pick(NAME_STARTS)}${rng.pick(CITY_ENDS)}`),
  };
}
