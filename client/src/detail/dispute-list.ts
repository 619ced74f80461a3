// The evidence panel's "Sources disagree" box: for each disputed field, each source's value side by side
// ("Thin Line News: … · The Daily Beast, Newsweek: …"). Text goes in as text nodes only.
import type { Selection } from 'd3-selection';
import type { ApiClaim, ApiDispute } from '../../../core/api/api-types.ts';
import { fieldName } from '../../../core/timeline/entry-dispute.ts';
import { claimSides, sidesSummary } from './source-groups.ts';

type Block = Selection<HTMLElement, unknown, null, undefined>;

export function renderDisputes(
  root: Block,
  disputes: readonly ApiDispute[] | undefined,
  labelOf: (claim: ApiClaim) => string,
): void {
  if (!disputes?.length) return;
  const box = root.append('section').attr('class', 'disputes').attr('role', 'note');
  box.append('h3').text('Sources disagree');
  for (const dispute of disputes) {
    const sides = claimSides(dispute, labelOf);
    const name = fieldName(dispute.field);
    box.append('p').attr('class', 'dispute-field').text(`On ${name}`);
    const list = box
      .append('ul')
      .attr('class', 'side-by-side')
      .attr('data-field', dispute.field)
      .attr('aria-label', sidesSummary(sides));
    for (const side of sides) {
      const item = list.append('li').attr('data-sources', side.sources.map((s) => s.id).join(' '));
      item
        .append('span')
        .attr('class', 'claim-source')
        .text(`${[...new Set(side.sources.map((s) => s.publisher))].join(', ')}:`);
      item.append('span').attr('class', 'claim-value').text(` ${side.label}`);
    }
  }
}
