// The credit under the picture: the sources its facts come from, so a printed copy keeps its provenance.
import type { Source } from '../../core/domain/types.ts';
import { TIMELINE_METRICS as M } from '../../core/timeline/timeline-metrics.ts';
import type { FontSpec } from '../../core/text/text-width.ts';
import { el } from '../../core/text/svg-element.ts';
import { sourceCredit } from '../documents/source-credit.ts';
import { wrapText } from '../../core/text/wrap-text.ts';

const FONT: FontSpec = { size: 11 };
const LINE = 15;
const MAX_LINES = 4;

export function creditText(sources: readonly Source[]): string {
  const named = sources.map(sourceCredit);
  const list = named.length === 0 ? 'no source quoted' : named.join('; ');
  return `${named.length > 1 ? 'Sources' : 'Source'}: ${list}. Made with kg-timeline; every mark is backed by a quoted span of its source.`;
}

export function renderCredit(
  sources: readonly Source[],
  width: number,
  top: number,
): { markup: string; height: number } {
  const lines = wrapText(creditText(sources), width - M.marginLeft - M.marginRight, FONT, MAX_LINES);
  const markup = el(
    'g',
    { class: 'credit' },
    lines.map((line, i) =>
      el('text', { x: M.marginLeft, y: top + 11 + i * LINE, 'font-size': FONT.size, fill: '#555555' }, line),
    ),
  );
  return { markup, height: lines.length * LINE + 4 };
}
