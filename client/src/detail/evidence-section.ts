// The evidence under an item in the detail panel: each span with the article text around it, the span
// highlighted, grouped by source and credited with a link only when the source URL is safe to follow.
import { select, type Selection } from 'd3-selection';
import type { ApiEvidence, ApiSource } from '../../../core/api/api-types.ts';
import { CONTEXT_RADIUS } from '../api/queries.ts';
import { citeSource } from '../ui/credit.ts';
import { groupBySource } from './source-groups.ts';

type Block = Selection<HTMLElement, unknown, null, undefined>;

export function evidenceSection(
  root: Block,
  spans: ApiEvidence[],
  sourceOrder: readonly ApiSource[],
  withHeading = true,
): void {
  const section = root.append('section').attr('class', 'evidence-list');
  if (withHeading) section.append('h3').text(spans.length === 1 ? 'Evidence' : `Evidence (${spans.length})`);
  // Source by source, so what each outlet says reads together; one source under the panel's own heading.
  const groups = groupBySource(spans, sourceOrder);
  for (const group of groups) {
    const host: Block =
      withHeading || groups.length > 1
        ? section.append<HTMLElement>('section').attr('class', 'source-group').attr('data-source', group.source.id)
        : section;
    if (host !== section) {
      const title = host.append('h4');
      title.append('span').attr('class', 'source-publisher').text(group.source.publisher);
      title
        .append('span')
        .attr('class', 'source-title')
        .text(` · ${group.spans.length === 1 ? '1 passage' : `${group.spans.length} passages`}`);
    }
    figures(host, group.spans);
  }
}

function figures(section: Block, spans: ApiEvidence[]): void {
  section
    .selectAll<HTMLElement, ApiEvidence>('figure')
    .data(spans, (e) => `${e.source.id}:${e.start}-${e.end}`)
    .join((enter) => {
      const figure = enter.append('figure').attr('class', 'evidence');
      const context = figure.append('p').attr('class', 'context');
      context.append('span').attr('class', 'before').text(contextBefore);
      context
        .append('mark')
        .attr('data-start', (e) => e.start)
        .attr('data-end', (e) => e.end)
        .text((e) => e.context.quote);
      context.append('span').attr('class', 'after').text(contextAfter);
      const caption = figure.append('figcaption');
      caption.each(function (e) {
        const c = select(this);
        const href = httpHref(e.source.url);
        if (href)
          c.append('a')
            .attr('href', href)
            .attr('rel', 'noopener noreferrer')
            .attr('target', '_blank')
            .text(citeSource(e.source));
        else c.append('span').text(citeSource(e.source));
      });
      return figure;
    });
}

/** Paragraph breaks become line breaks, so a context reads as one compact passage. */
function compact(text: string): string {
  return text.replace(/\s*\n\s*/g, '\n');
}

/** The text before a span; when cut short, from the first whole word, after an ellipsis. */
export function contextBefore(e: Pick<ApiEvidence, 'start' | 'context'>): string {
  const cut = e.start > e.context.before.length;
  const text = cut ? e.context.before.replace(/^\S*\s+/, '') : e.context.before;
  return `${cut ? '…' : ''}${compact(text).trimStart()}`;
}

/** The text after a span; when cut short, up to the last whole word, then an ellipsis. */
export function contextAfter(e: Pick<ApiEvidence, 'context'>): string {
  const cut = e.context.after.length >= CONTEXT_RADIUS;
  const text = cut ? e.context.after.replace(/\s+\S*$/, '') : e.context.after;
  return `${compact(text).trimEnd()}${cut ? '…' : ''}`;
}

/**
 * A source URL as a link target only when it is http: or https: (parsed as the browser would, so case and
 * whitespace tricks such as ` JavaScript:` are caught); anything else is shown as plain text. The server refuses
 * such URLs too, but the panel does not rely on every server being current.
 */
function httpHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
