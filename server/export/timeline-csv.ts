// The timeline as CSV: one row per evidence span, so every row carries the quote that supports it.
import type { Evidence, Source, TimelineItem } from '../../core/domain/types.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { safeHttpUrl } from '../documents/safe-url.ts';
import type { TimelineData } from '../documents/timeline-data.ts';
import { actorIdsOf } from '../documents/timeline-data.ts';

export const TIMELINE_CSV_COLUMNS = [
  'item_id',
  'item_type',
  'kind',
  'title',
  'actors',
  'date_edtf',
  'date_label',
  'earliest',
  'latest',
  'precision',
  'quote',
  'quote_start',
  'quote_end',
  'source_id',
  'source_title',
  'source_publisher',
  'source_published_at',
  'source_url',
  // The item's own sources (every source reporting it, `; `-separated) and whether they disagree on any field.
  'item_source_ids',
  'disputed',
  'disputed_fields',
] as const;

function row(item: TimelineItem, actors: string, evidence: Evidence | null, source: Source | undefined): CsvValue[] {
  return [
    item.id,
    item.itemType,
    item.itemType === 'Event' ? item.kind : item.kind.toLowerCase(),
    item.itemType === 'Event' ? item.title : item.text,
    actors,
    item.date.edtf,
    item.date.label,
    item.date.earliest,
    item.date.latest,
    item.date.precision,
    evidence?.quote ?? null,
    evidence?.start ?? null,
    evidence?.end ?? null,
    evidence?.sourceId ?? null,
    source?.title ?? null,
    source?.publisher ?? null,
    source?.publishedAt ?? null,
    safeHttpUrl(source?.url),
    item.reportedBy.join('; '),
    item.disputedFields.length > 0 ? 'yes' : 'no',
    item.disputedFields.join('; '),
  ];
}

export function toTimelineCsv(data: TimelineData): string {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const rows: CsvValue[][] = [];
  for (const item of data.items) {
    const actors = actorIdsOf(item)
      .map((id) => data.actors.get(id)?.name ?? id)
      .join('; ');
    // Every item has evidence by the document format; the guard keeps an item visible if one did not.
    if (item.evidence.length === 0) rows.push(row(item, actors, null, undefined));
    for (const e of item.evidence) rows.push(row(item, actors, e, sources.get(e.sourceId)));
  }
  return toCsv(TIMELINE_CSV_COLUMNS, rows);
}
