// What a mark says in words: the accessible label, and the two lines written beside it on the chart.
import { statementTitle } from '../text/statement-text.ts';
import { disputeSentence } from './entry-dispute.ts';
import type { TimelineEntry } from './timeline-entry.ts';

export function ariaLabelOf(entry: TimelineEntry): string {
  const disputed = entry.disputes?.length ? `. ${disputeSentence(entry.disputes)}` : '';
  if (entry.type === 'statement') {
    const speaker = entry.actors[0]?.name ?? 'unknown speaker';
    const how = entry.statementKind === 'QUOTE' ? '' : ', paraphrased';
    return `Statement by ${speaker}${how}: ${statementTitle(entry.title, entry.statementKind ?? 'PARAPHRASE')}, ${entry.date.label}${disputed}`;
  }
  return `Event: ${entry.title}, ${entry.date.label}${disputed}`;
}

/** The second label line: the date, for a statement who said it, and whether its sources disagree. */
export function dateLine(entry: TimelineEntry): string {
  const speaker = entry.type === 'statement' ? entry.actors[0]?.name : undefined;
  const line = speaker ? `${entry.date.label} · ${speaker}` : entry.date.label;
  return entry.disputes?.length ? `${line} · disputed` : line;
}

export function titleLine(entry: TimelineEntry): string {
  return entry.type === 'statement' ? statementTitle(entry.title, entry.statementKind ?? 'PARAPHRASE') : entry.title;
}
