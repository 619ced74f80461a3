// Actor-kind glyphs (shape and colour both encode kind, so colour is never the only cue).
import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  type SymbolType,
} from 'd3-shape';
import type { ActorKind } from '../../../core/domain/types.ts';
import { ACTOR_STYLE, type ActorShape } from '../../../core/palette/palette.ts';

const TYPES: Record<ActorShape, { type: SymbolType; scale: number }> = {
  circle: { type: symbolCircle, scale: 1 },
  square: { type: symbolSquare, scale: 0.8 },
  diamond: { type: symbolDiamond, scale: 0.75 },
  triangle: { type: symbolTriangle, scale: 0.85 },
  star: { type: symbolStar, scale: 0.9 },
};

/** Path data for an actor of this kind whose glyph is about as big as a circle of radius r. */
export function actorSymbolPath(kind: ActorKind, r: number): string {
  const { type, scale } = TYPES[ACTOR_STYLE[kind].shape];
  return symbol(type, Math.PI * r * r * scale)() ?? '';
}
