// The heading an export carries: what it shows and with which filters, in words.
import { dayLabel } from '../../core/dates/day-label.ts';
import type { TimelineData } from './timeline-data.ts';

export interface TimelineTitle {
  headline: string;
  /** "19 events and statements · from 1 January 2025 to 31 May 2025 · involving Claudia Sheinbaum". */
  summary: string;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function timelineTitle(data: TimelineData, headline: string | null = null): TimelineTitle {
  const events = data.items.filter((i) => i.itemType === 'Event').length;
  const statements = data.items.length - events;
  const parts = [`${count(events, 'event', 'events')} and ${count(statements, 'statement', 'statements')}`];
  const { from, to } = data.filters.window;
  if (from && to) parts.push(`from ${dayLabel(from)} to ${dayLabel(to)}`);
  else if (from) parts.push(`from ${dayLabel(from)}`);
  else if (to) parts.push(`up to ${dayLabel(to)}`);
  if (data.filters.actorIds.length > 0) {
    parts.push(`involving ${data.filters.actorIds.map((id) => data.actors.get(id)?.name ?? id).join(', ')}`);
  }
  const only = data.sources.length === 1 ? data.sources[0] : undefined;
  return {
    headline:
      headline ??
      (only ? only.title : data.sources.length > 1 ? `Timeline from ${data.sources.length} articles` : 'Timeline'),
    summary: parts.join(' · '),
  };
}
