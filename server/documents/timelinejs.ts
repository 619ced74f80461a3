// The timeline as a TimelineJS3 document, loadable by TimelineJS unchanged.
// Format: https://timeline.knightlab.com/docs/json-format.html (date parts are numbers; `year` is the
// only required part; `headline`, `text` and `display_date` are read as HTML, so every value is escaped).
import type { Evidence, Source, TimelineItem } from '../../core/domain/types.ts';
import type { LaneBy } from '../../core/timeline/timeline-entry.ts';
import { assignLanes } from '../../core/timeline/timeline-lanes.ts';
import { TIMELINE_METRICS } from '../../core/timeline/timeline-metrics.ts';
import { boundParts, type DateParts } from './date-parts.ts';
import { escapeMarkup } from '../../core/text/html-text.ts';
import { sourceCredit } from '../../core/picture/source-credit.ts';
import type { TimelineData } from './timeline-data.ts';
import { toTimelineEntries } from '../../core/timeline/domain-entries.ts';
import { timelineTitle } from './timeline-title.ts';
import { safeHttpUrl } from './safe-url.ts';

export type TimelineJSDate = DateParts & { display_date?: string };

export interface TimelineJSText {
  headline: string;
  text: string;
}

export interface TimelineJSSlide {
  start_date?: TimelineJSDate;
  end_date?: TimelineJSDate;
  display_date?: string;
  text: TimelineJSText;
  group?: string;
  unique_id?: string;
}

export interface TimelineJSDocument {
  title: TimelineJSSlide;
  events: TimelineJSSlide[];
}

const same = (a: DateParts, b: DateParts) => a.year === b.year && a.month === b.month && a.day === b.day;

/** Start and end at the precision each end is known to; an open start shows at its latest bound. */
function slideDates(item: TimelineItem): Pick<TimelineJSSlide, 'start_date' | 'end_date' | 'display_date'> {
  const { start, end } = boundParts(item.date);
  const first = start ?? end;
  if (!first) throw new Error(`${item.id} has no known date bound`);
  const dates: Pick<TimelineJSSlide, 'start_date' | 'end_date' | 'display_date'> = {
    start_date: first,
    display_date: escapeMarkup(item.date.label),
  };
  if (start && end && !same(start, end)) dates.end_date = end;
  return dates;
}

function evidenceHtml(evidence: readonly Evidence[], sources: ReadonlyMap<string, Source>): string {
  return evidence
    .map((e) => {
      const source = sources.get(e.sourceId);
      const credit = source ? escapeMarkup(sourceCredit(source)) : escapeMarkup(e.sourceId);
      const href = safeHttpUrl(source?.url);
      const cite = href ? `<a href="${escapeMarkup(href)}">${credit}</a>` : credit;
      return `<blockquote>${escapeMarkup(e.quote)}</blockquote><p>Source: ${cite}</p>`;
    })
    .join('');
}

/** Who reports the item and, when they disagree, on what: TimelineJS has no field for either, so the slide says it. */
function sourcesHtml(item: TimelineItem, sources: ReadonlyMap<string, Source>): string {
  const names = item.reportedBy.map((id) => escapeMarkup(sources.get(id)?.publisher ?? id)).join('; ');
  const disputed =
    item.disputedFields.length > 0
      ? `<p class="kg-disputed">Disputed: the sources disagree on ${escapeMarkup(item.disputedFields.join(', '))}.</p>`
      : '';
  return `<p class="kg-sources">Reported by: ${names}</p>${disputed}`;
}

function slideText(item: TimelineItem, data: TimelineData, sources: ReadonlyMap<string, Source>): TimelineJSText {
  const name = (id: string) => data.actors.get(id)?.name ?? id;
  if (item.itemType === 'Statement') {
    const speaker = name(item.speakerId);
    return {
      // Quotation marks only around the speaker's own words; a paraphrase is the article's (≈, as in the app).
      headline: escapeMarkup(
        item.kind === 'QUOTE' ? `${speaker}: “${item.text}”` : `${speaker}, paraphrased: ${item.text}`,
      ),
      text: `<p>${item.kind === 'QUOTE' ? 'Quoted' : 'Paraphrased'} statement by ${escapeMarkup(speaker)}.</p>${sourcesHtml(item, sources)}${evidenceHtml(item.evidence, sources)}`,
    };
  }
  const who = item.participants.map((p) => `${escapeMarkup(name(p.actorId))} (${escapeMarkup(p.role)})`).join(', ');
  const parts = [
    item.description ? `<p>${escapeMarkup(item.description)}</p>` : '',
    who ? `<p>Who: ${who}</p>` : '',
    item.location ? `<p>Where: ${escapeMarkup(item.location)}</p>` : '',
    sourcesHtml(item, sources),
    evidenceHtml(item.evidence, sources),
  ];
  return { headline: escapeMarkup(item.title), text: parts.join('') };
}

export function toTimelineJS(data: TimelineData, laneBy: LaneBy = 'actor'): TimelineJSDocument {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  // Groups are the lanes the app and the SVG draw, from the same code, so the three agree.
  // toTimelineEntries keeps the items' order, so lane keys line up with data.items.
  const { lanes, laneKeys } = assignLanes(
    toTimelineEntries(data.items, data.actors),
    laneBy,
    TIMELINE_METRICS.maxLanes,
  );
  const laneLabel = new Map(lanes.map((l) => [l.key, l.label]));
  const title = timelineTitle(data);
  return {
    title: {
      text: {
        headline: escapeMarkup(title.headline),
        text: `<p>${escapeMarkup(title.summary)}</p>${data.sources.map((s) => `<p>Source: ${escapeMarkup(sourceCredit(s))}</p>`).join('')}`,
      },
    },
    events: data.items.map((item, i) => {
      const group = laneLabel.get(laneKeys[i] ?? '');
      return {
        ...slideDates(item),
        text: slideText(item, data, sources),
        ...(group ? { group: escapeMarkup(group) } : {}),
        unique_id: item.id,
      };
    }),
  };
}
