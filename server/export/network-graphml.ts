// The network as GraphML (http://graphml.graphdrawing.org/), which Gephi, yEd, Cytoscape and networkx read.
// Gephi takes the `label` attribute as the node or edge label; yEd can map any key to labels.
import type { Evidence, Source } from '../../core/domain/types.ts';
import { escapeXml } from '../../core/text/html-text.ts';
import type { NetworkData } from './network-data.ts';
import { sourceCredit } from '../../core/picture/source-credit.ts';

const KEYS: ReadonlyArray<{ id: string; for: 'node' | 'edge'; name: string }> = [
  { id: 'n_label', for: 'node', name: 'label' },
  { id: 'n_kind', for: 'node', name: 'kind' },
  { id: 'n_aliases', for: 'node', name: 'aliases' },
  { id: 'n_evidence', for: 'node', name: 'evidence' },
  { id: 'n_sources', for: 'node', name: 'sources' },
  { id: 'n_disputed', for: 'node', name: 'disputed' },
  { id: 'n_disputed_fields', for: 'node', name: 'disputed_fields' },
  { id: 'e_label', for: 'edge', name: 'label' },
  { id: 'e_type', for: 'edge', name: 'type' },
  { id: 'e_date', for: 'edge', name: 'date' },
  { id: 'e_date_label', for: 'edge', name: 'date_label' },
  { id: 'e_evidence', for: 'edge', name: 'evidence' },
  { id: 'e_sources', for: 'edge', name: 'sources' },
  { id: 'e_disputed', for: 'edge', name: 'disputed' },
  { id: 'e_disputed_fields', for: 'edge', name: 'disputed_fields' },
];

/** Sources (ids, `; `-separated) and whether they disagree, as a node's or edge's attributes. */
const claimData = (prefix: 'n' | 'e', x: { reportedBy: readonly string[]; disputedFields: readonly string[] }) =>
  `${data(`${prefix}_sources`, x.reportedBy.join('; '))}${data(`${prefix}_disputed`, x.disputedFields.length > 0 ? 'true' : 'false')}${data(`${prefix}_disputed_fields`, x.disputedFields.join('; '))}`;

/** Each span as “quote” — source, one per line, so a reader can check the fact without the app. */
export function evidenceText(evidence: readonly Evidence[], sources: ReadonlyMap<string, Source>): string {
  return evidence
    .map((e) => {
      const s = sources.get(e.sourceId);
      return `“${e.quote}” — ${s ? sourceCredit(s) : e.sourceId} [${e.start}–${e.end}]`;
    })
    .join('\n');
}

const data = (key: string, value: string | null) =>
  value === null || value === '' ? '' : `\n      <data key="${key}">${escapeXml(value)}</data>`;

export function toGraphml({ network, sources }: NetworkData): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="string"/>`),
    '  <graph id="kg-timeline" edgedefault="directed">',
  ];
  for (const n of network.nodes) {
    out.push(
      `    <node id="${escapeXml(n.id)}">${data('n_label', n.name)}${data('n_kind', n.kind)}${data('n_aliases', n.aliases.join('; '))}${data('n_evidence', evidenceText(n.evidence, sources))}${claimData('n', n)}\n    </node>`,
    );
  }
  for (const e of network.edges) {
    const label = e.type.toLowerCase().replace(/_+/g, ' ');
    out.push(
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.sourceId)}" target="${escapeXml(e.targetId)}">` +
        `${data('e_label', label)}${data('e_type', e.type)}${data('e_date', e.date?.edtf ?? null)}${data('e_date_label', e.date?.label ?? null)}${data('e_evidence', evidenceText(e.evidence, sources))}${claimData('e', e)}\n    </edge>`,
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
