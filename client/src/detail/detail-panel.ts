// The detail panel: for the selected mark, what it is and the article text around each evidence span,
// the span highlighted, with the source credited. All text goes in as text nodes, never as HTML.
import { attributed, statementTitle } from '../../../core/text/statement-text.ts';
import { dispatch } from 'd3-dispatch';
import { select, type Selection } from 'd3-selection';
import type {
  ActorDetail,
  ApiDispute,
  ApiEvidence,
  ApiSource,
  Detail,
  EventDetail,
  RelationshipDetail,
  StatementDetail,
} from '../../../core/api/api-types.ts';
import type { SelectionRef } from '../../../core/view-state/view-state.ts';
import { ACTOR_STYLE, humanizeKind } from '../../../core/palette/palette.ts';
import type { Accessor } from '../ui/accessor.ts';
import { d3Component } from '../ui/component.ts';
import { relationshipLabel } from '../network/network-layout.ts';
import { claimLabel, type ClaimLookup } from './claim-label.ts';
import { renderDisputes } from './dispute-list.ts';
import { contextAfter, contextBefore, evidenceSection } from './evidence-section.ts';

/** Kept importable from here, where they were first defined. */
export { contextAfter, contextBefore };

export type DetailPanelData =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; detail: Detail };

interface DetailEventMap {
  /** A related item was chosen from inside the panel. */
  select: [ref: SelectionRef];
  close: [];
}

type Root = Selection<HTMLElement, DetailPanelData, null, undefined>;
type Block = Selection<HTMLElement, unknown, null, undefined>;

export function detailPanel() {
  const listeners = dispatch<object, DetailEventMap>('select', 'close');
  let shown: DetailPanelData | null = null;
  const settings = {
    heading: 'h2',
    lookup: { entry: () => undefined, actor: () => undefined } as ClaimLookup,
  };
  /** The shown item's sources, by publication date: the order its evidence is grouped in. */
  let sourceOrder: readonly ApiSource[] = [];

  function view(selection: Root): void {
    const data = selection.datum();
    if (data === shown) return;
    shown = data;
    const root: Block = select(selection.node()!);
    root.selectAll('*').remove();
    root
      .attr('data-status', data.status)
      .attr('data-selected', data.status === 'ready' ? `${data.detail.type}:${data.detail.id}` : null);
    if (data.status === 'empty') {
      root.append(settings.heading).attr('class', 'detail-title muted').text('Evidence');
      root
        .append('p')
        .attr('class', 'hint')
        .text(
          'Select an event, a statement, an actor or a relationship to read the sentences of the article that support it.',
        );
      return;
    }
    if (data.status === 'loading') {
      root.append('p').attr('class', 'hint').text('Loading the evidence…');
      return;
    }
    if (data.status === 'error') {
      root.append('p').attr('class', 'error').attr('role', 'alert').text(data.message);
      return;
    }
    root
      .append('button')
      .attr('type', 'button')
      .attr('class', 'close')
      .attr('aria-label', 'Close the evidence panel')
      .text('×')
      .on('click', () => listeners.call('close', undefined));
    const detail = data.detail;
    sourceOrder = detail.sources ?? [];
    switch (detail.type) {
      case 'event':
        return eventBody(root, detail);
      case 'statement':
        return statementBody(root, detail);
      case 'actor':
        return actorBody(root, detail);
      case 'relationship':
        return relationshipBody(root, detail);
    }
  }

  function header(root: Block, kicker: string, title: string, date: string | null, disputes?: ApiDispute[]): void {
    root.append('p').attr('class', 'kicker').text(kicker);
    root.append(settings.heading).attr('class', 'detail-title').attr('tabindex', '-1').text(title);
    if (date) root.append('p').attr('class', 'date').text(date);
    renderDisputes(root, disputes, (claim) => claimLabel(claim, settings.lookup));
  }

  function link(parent: Block, text: string, ref: SelectionRef): void {
    parent
      .append('button')
      .attr('type', 'button')
      .attr('class', 'link')
      .attr('data-ref', `${ref.type}:${ref.id}`)
      .text(text)
      .on('click', () => listeners.call('select', undefined, ref));
  }

  function facts(root: Block, rows: Array<[string, (dd: Block) => void]>): void {
    const dl = root.append('dl').attr('class', 'facts');
    for (const [term, fill] of rows) {
      dl.append('dt').text(term);
      fill(dl.append('dd'));
    }
  }

  function eventBody(root: Block, d: EventDetail): void {
    header(root, `Event · ${humanizeKind(d.kind)}`, d.title, d.date.label, d.disputes);
    if (d.description) root.append('p').attr('class', 'description').text(d.description);
    const rows: Array<[string, (dd: Block) => void]> = [];
    if (d.location) rows.push(['Where', (dd) => void dd.text(d.location)]);
    if (d.participants.length)
      rows.push([
        'Who',
        (dd) => {
          d.participants.forEach((p, i) => {
            if (i) dd.append('span').text(', ');
            link(dd, p.actor.name, { type: 'actor', id: p.actor.id });
            dd.append('span')
              .attr('class', 'role')
              .text(` (${p.role.replace(/-/g, ' ')})`);
          });
        },
      ]);
    for (const l of d.links)
      rows.push([
        humanizeKind(l.type.toLowerCase()),
        (dd) => link(dd, `${l.target.title} (${l.target.date.label})`, { type: 'event', id: l.target.id }),
      ]);
    if (d.statements.length)
      rows.push([
        'Said there',
        (dd) => {
          for (const s of d.statements)
            link(dd.append<HTMLElement>('div'), attributed(s.speaker.name, truncate(s.text, 80), s.statementKind), {
              type: 'statement',
              id: s.id,
            });
        },
      ]);
    if (rows.length) facts(root, rows);
    evidence(root, d.evidence);
  }

  function statementBody(root: Block, d: StatementDetail): void {
    header(
      root,
      `Statement · ${d.statementKind === 'QUOTE' ? 'direct quote' : 'paraphrase'}`,
      d.speaker.name,
      d.date.label,
      d.disputes,
    );
    const role = d.speaker.roles[0];
    if (role)
      root
        .append('p')
        .attr('class', 'role-line')
        .text(role.of ? `${role.title}, ${role.of.name}` : role.title);
    root
      .append('blockquote')
      .attr('class', d.statementKind === 'QUOTE' ? 'statement-text' : 'statement-text paraphrase')
      .text(statementTitle(d.text, d.statementKind));
    const rows: Array<[string, (dd: Block) => void]> = [];
    rows.push(['Speaker', (dd) => link(dd, d.speaker.name, { type: 'actor', id: d.speaker.id })]);
    if (d.event) {
      const event = d.event;
      rows.push(['Said at', (dd) => link(dd, `${event.title} (${event.date.label})`, { type: 'event', id: event.id })]);
    }
    if (d.quotedIn) {
      const outer = d.quotedIn;
      rows.push([
        'Quoted by',
        (dd) =>
          link(dd, attributed(outer.speaker.name, truncate(outer.text, 80), outer.statementKind), {
            type: 'statement',
            id: outer.id,
          }),
      ]);
    }
    facts(root, rows);
    evidence(root, d.evidence);
    if (d.quotes.length) {
      const nested = root.append('section').attr('class', 'nested-quotes');
      nested.append('h3').text(d.quotes.length === 1 ? 'Quote inside this statement' : 'Quotes inside this statement');
      for (const q of d.quotes) {
        const item = nested.append<HTMLElement>('div').attr('class', 'nested-quote').attr('data-id', q.id);
        item
          .append('blockquote')
          .classed('paraphrase', q.statementKind === 'PARAPHRASE')
          .text(statementTitle(q.text, q.statementKind));
        const by = item.append<HTMLElement>('p').attr('class', 'by').text('— ');
        link(by, q.speaker.name, { type: 'statement', id: q.id });
        evidence(item, q.evidence, false);
      }
    }
  }

  function actorBody(root: Block, d: ActorDetail): void {
    header(root, `Actor · ${ACTOR_STYLE[d.kind].label}`, d.name, null, d.disputes);
    const rows: Array<[string, (dd: Block) => void]> = [];
    if (d.aliases.length) rows.push(['Also called', (dd) => void dd.text(d.aliases.join(', '))]);
    for (const r of d.roles)
      rows.push([
        'Role',
        (dd) => {
          dd.append('span').text(r.title);
          if (r.of) {
            dd.append('span').text(', ');
            link(dd, r.of.name, { type: 'actor', id: r.of.id });
          }
        },
      ]);
    if (rows.length) facts(root, rows);
    root
      .append('p')
      .attr('class', 'hint')
      .text(
        'The timeline now shows only the items this actor takes part in; the network highlights who they are connected to.',
      );
    evidence(root, d.evidence);
  }

  function relationshipBody(root: Block, d: RelationshipDetail): void {
    header(
      root,
      'Relationship',
      `${d.source.name} ${relationshipLabel(d.relationshipType)} ${d.target.name}`,
      d.date?.label ?? 'Undated',
      d.disputes,
    );
    facts(root, [
      ['From', (dd) => link(dd, d.source.name, { type: 'actor', id: d.source.id })],
      ['To', (dd) => link(dd, d.target.name, { type: 'actor', id: d.target.id })],
    ]);
    evidence(root, d.evidence);
  }

  function evidence(root: Block, spans: ApiEvidence[], withHeading = true): void {
    evidenceSection(root, spans, sourceOrder, withHeading);
  }

  return d3Component<DetailPanel>(view, listeners, settings);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

export interface DetailPanel {
  (selection: Root): void;
  /** The heading level of the panel title, by default h2. */
  heading: Accessor<string, DetailPanel>;
  /** Names for the ids in claims (events, actors), from what the app has loaded. */
  lookup: Accessor<ClaimLookup, DetailPanel>;
  on<K extends keyof DetailEventMap>(type: K, listener: (...args: DetailEventMap[K]) => void): DetailPanel;
}
