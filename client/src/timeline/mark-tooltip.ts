import { statementTitle } from '../../../core/text/statement-text.ts';
import { humanizeKind } from '../../../core/palette/palette.ts';
import { disputeSentence } from '../../../core/timeline/entry-dispute.ts';
import type { TimelineEntry } from '../../../core/timeline/timeline-entry.ts';
import type { TimelineMark } from '../../../core/timeline/timeline-layout.ts';

/** A mark's tooltip: what it is and when, who took part or spoke (from its entry), and any dispute. */
export function markTooltip(mark: TimelineMark, entry: TimelineEntry | undefined) {
  const actors = entry?.actors.map((a) => a.name).join(', ') ?? '';
  const kind = mark.type === 'statement' ? 'Statement' : humanizeKind(mark.kind);
  return {
    title:
      mark.type === 'statement' ? statementTitle(mark.title, mark.paraphrase ? 'PARAPHRASE' : 'QUOTE') : mark.title,
    lines: [
      `${kind} · ${mark.dateLabel}`,
      ...(actors ? [mark.type === 'statement' ? `Said by ${actors}` : `With ${actors}`] : []),
      ...(entry?.disputes?.length ? [disputeSentence(entry.disputes)] : []),
    ],
  };
}
