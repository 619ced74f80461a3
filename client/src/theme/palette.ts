// Okabe–Ito colours (distinguishable under the common colour-vision deficiencies) and the
// kind -> colour/shape assignments both views and their legends share.
import type { ActorKind } from '../../../server/domain/types.ts';

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** One colour per event kind, in this order; yellow is last because it is faint on white. */
export const CATEGORY_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
];

export const STATEMENT_COLOUR = '#333333';
/** Kinds beyond the palette share this, rather than reuse a colour that already means something. */
export const OTHER_KINDS_COLOUR = '#9e9e9e';

export type ActorShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'star';

export const ACTOR_STYLE: Record<ActorKind, { colour: string; shape: ActorShape; label: string }> = {
  PERSON: { colour: OKABE_ITO.blue, shape: 'circle', label: 'Person' },
  COUNTRY: { colour: OKABE_ITO.orange, shape: 'square', label: 'Country' },
  ORGANIZATION: { colour: OKABE_ITO.bluishGreen, shape: 'diamond', label: 'Organisation' },
  GROUP: { colour: OKABE_ITO.vermillion, shape: 'triangle', label: 'Group' },
  MEDIA: { colour: OKABE_ITO.reddishPurple, shape: 'star', label: 'Media' },
};

/**
 * A colour per event kind, given every entry's kind (repeats count): the most frequent kinds (then by
 * name, so the same data always gets the same colours) get the palette; the rest share OTHER_KINDS_COLOUR.
 */
export function kindColours(kinds: Iterable<string>): Map<string, string> {
  const counts = new Map<string, number>();
  for (const k of kinds) if (k !== 'statement') counts.set(k, (counts.get(k) ?? 0) + 1);
  const ranked = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1));
  const colours = new Map<string, string>();
  ranked.forEach((kind, i) => colours.set(kind, CATEGORY_COLOURS[i] ?? OTHER_KINDS_COLOUR));
  colours.set('statement', STATEMENT_COLOUR);
  return colours;
}

/** "press-conference" -> "Press conference". */
export function humanizeKind(kind: string): string {
  const words = kind.replace(/[-_]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
