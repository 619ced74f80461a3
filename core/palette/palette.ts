// Okabe–Ito colours (distinguishable under the common colour-vision deficiencies) and the
// kind -> colour/shape assignments both views and their legends share.
import type { ActorKind } from '../domain/types.ts';

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

export const STATEMENT_COLOUR = '#333333';

/**
 * The event kinds of the article vocabulary (seed/README.md), each with its own colour for good: a colour means
 * the same kind in every view, picture and export, whatever else the data holds. Okabe–Ito first, then Paul Tol's
 * colour-blind-safe additions; no yellow, which is faint on white.
 */
export const KNOWN_KIND_COLOURS: Readonly<Record<string, string>> = {
  directive: OKABE_ITO.blue,
  designation: OKABE_ITO.reddishPurple,
  proposal: OKABE_ITO.bluishGreen,
  rejection: OKABE_ITO.vermillion,
  speech: OKABE_ITO.orange,
  'press-conference': OKABE_ITO.skyBlue,
  'military-deployment': '#AA4499',
  'military-operations': '#EE3377',
  'legislative-deliberation': '#999933',
  crackdown: '#44AA99',
};

/** Kinds outside the vocabulary draw from these by a hash of the kind's name (Tol's muted and light sets). */
export const HASHED_KIND_COLOURS: readonly string[] = [
  '#DDAA33',
  '#117733',
  '#88CCEE',
  '#AA4466',
  '#6699CC',
  '#CC6677',
  '#997700',
  '#7766CC',
];

/** FNV-1a: a stable, well-spread hash of a short string, the same in every browser and in Node. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The colour of an event kind (or 'statement'): fixed for known kinds, a stable hashed colour for any other. */
export function kindColour(kind: string): string {
  if (kind === 'statement') return STATEMENT_COLOUR;
  return KNOWN_KIND_COLOURS[kind] ?? HASHED_KIND_COLOURS[hashOf(kind) % HASHED_KIND_COLOURS.length]!;
}

/** kind -> colour for every kind given (repeats allowed); each colour is kindColour's, whatever the others are. */
export function kindColours(kinds: Iterable<string>): Map<string, string> {
  const colours = new Map<string, string>();
  for (const k of kinds) if (!colours.has(k)) colours.set(k, kindColour(k));
  colours.set('statement', STATEMENT_COLOUR);
  return colours;
}

export type ActorShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'star';

export const ACTOR_STYLE: Record<ActorKind, { colour: string; shape: ActorShape; label: string }> = {
  PERSON: { colour: OKABE_ITO.blue, shape: 'circle', label: 'Person' },
  COUNTRY: { colour: OKABE_ITO.orange, shape: 'square', label: 'Country' },
  ORGANIZATION: { colour: OKABE_ITO.bluishGreen, shape: 'diamond', label: 'Organisation' },
  GROUP: { colour: OKABE_ITO.vermillion, shape: 'triangle', label: 'Group' },
  MEDIA: { colour: OKABE_ITO.reddishPurple, shape: 'star', label: 'Media' },
};

/** "press-conference" -> "Press conference". */
export function humanizeKind(kind: string): string {
  const words = kind.replace(/[-_]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
