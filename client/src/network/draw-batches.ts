// Draws the batched parts of a big network (see edge-batch.ts, node-batch.ts): one group per look, each
// holding one path for all its curves (and one for their arrowheads) or for all its actors' glyphs.
import type { Selection } from 'd3-selection';
import type { ActorKind } from '../../../core/domain/types.ts';
import { batchPaths } from './edge-batch.ts';
import type { EdgePath } from './edge-geometry.ts';
import { glyphAt } from './node-batch.ts';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** Strong edges look like `.edge.is-strong .line`, the rest like `.edge.is-dim .line` (styles/network.css). */
export function drawEdgeBatches(layer: Layer, looks: ReadonlyArray<{ strong: boolean; paths: EdgePath[] }>): void {
  layer
    .selectAll<SVGGElement, { strong: boolean; paths: EdgePath[] }>('g.edge-batch')
    .data(looks, (l) => String(l.strong))
    .join((enter) => {
      const g = enter.append('g').attr('class', 'edge-batch');
      g.append('path').attr('class', 'batch-lines').attr('fill', 'none');
      g.append('path').attr('class', 'batch-heads');
      return g;
    })
    .attr('opacity', (l) => (l.strong ? null : 0.2))
    .each(function (l) {
      const { lines, heads } = batchPaths(l.paths);
      const colour = l.strong ? '#555' : '#9a9a9a';
      const g = this as SVGGElement;
      g.querySelector('path.batch-lines')!.setAttribute('d', lines);
      g.querySelector('path.batch-lines')!.setAttribute('stroke', colour);
      g.querySelector('path.batch-lines')!.setAttribute('stroke-width', l.strong ? '1.6' : '1.4');
      g.querySelector('path.batch-heads')!.setAttribute('d', heads);
      g.querySelector('path.batch-heads')!.setAttribute('fill', colour);
    });
}

/** `key` is the classes of a separate actor of that look ("node kind-PERSON is-dim"), so network.css applies. */
export function drawNodeBatches(
  layer: Layer,
  looks: ReadonlyArray<[key: string, glyphs: Array<{ kind: ActorKind; r: number; x: number; y: number }>]>,
): void {
  layer
    .selectAll<SVGGElement, (typeof looks)[number]>('g.node-batch')
    .data(looks, ([key]) => key)
    .join((enter) => {
      const g = enter.append('g');
      g.append('path').attr('class', 'symbol');
      return g;
    })
    .attr('class', ([key]) => `node-batch ${key}`)
    .select('path.symbol')
    .attr('d', ([, glyphs]) => glyphs.map((b) => glyphAt(b.kind, b.r, b.x, b.y)).join(''));
}
