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

/** Event kinds cycle through these; yellow is last because it is faint on white. */
export const CATEGORY_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  '#8C6D1F',
];

export const STATEMENT_COLOUR = '#333333';

export type ActorShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'star';

export const ACTOR_STYLE: Record<ActorKind, { colour: string; shape: ActorShape; label: string }> = {
  PERSON: { colour: OKABE_ITO.blue, shape: 'circle', label: 'Person' },
  COUNTRY: { colour: OKABE_ITO.orange, shape: 'square', label: 'Country' },
  ORGANIZATION: { colour: OKABE_ITO.bluishGreen, shape: 'diamond', label: 'Organisation' },
  GROUP: { colour: OKABE_ITO.vermillion, shape: 'triangle', label: 'Group' },
  MEDIA: { colour: OKABE_ITO.reddishPurple, shape: 'star', label: 'Media' },
};

/** A stable colour per event kind: kinds are sorted so the same set always gets the same colours. */
export function kindColours(kinds: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(kinds)].filter((k) => k !== 'statement').sort();
  const colours = new Map<string, string>();
  sorted.forEach((kind, i) => colours.set(kind, CATEGORY_COLOURS[i % CATEGORY_COLOURS.length] ?? OKABE_ITO.black));
  colours.set('statement', STATEMENT_COLOUR);
  return colours;
}

/** "press-conference" -> "Press conference". */
export function humanizeKind(kind: string): string {
  const words = kind.replace(/[-_]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
