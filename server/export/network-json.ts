// The network as plain JSON: nodes and edges by id (d3-force and most graph tools take this shape),
// with evidence spans and the sources they point into.
import type { ActorKind, Evidence, FuzzyDate, Role } from '../../core/domain/types.ts';
import type { NetworkData } from './network-data.ts';
import type { NetworkFilters } from '../input/export-options.ts';
import { safeHttpUrl } from '../documents/safe-url.ts';

export interface NetworkJson {
  filters: NetworkFilters;
  nodes: Array<{
    id: string;
    name: string;
    kind: ActorKind;
    aliases: string[];
    roles: Role[];
    /** Sources reporting the actor, and the fields they disagree on (empty: not disputed). */
    sourceIds: string[];
    disputedFields: string[];
    evidence: Evidence[];
  }>;
  edges: Array<{
    id: string;
    type: string;
    source: string;
    target: string;
    date: FuzzyDate | null;
    sourceIds: string[];
    disputedFields: string[];
    evidence: Evidence[];
  }>;
  sources: Array<{ id: string; title: string; publisher: string; publishedAt: string; url: string | null }>;
}

export function toNetworkJson({ filters, network, sources }: NetworkData): NetworkJson {
  return {
    filters,
    nodes: network.nodes.map(({ id, name, kind, aliases, roles, reportedBy, disputedFields, evidence }) => ({
      id,
      name,
      kind,
      aliases,
      roles,
      sourceIds: reportedBy,
      disputedFields,
      evidence,
    })),
    edges: network.edges.map((e) => ({
      id: e.id,
      type: e.type,
      source: e.sourceId,
      target: e.targetId,
      date: e.date,
      sourceIds: e.reportedBy,
      disputedFields: e.disputedFields,
      evidence: e.evidence,
    })),
    sources: [...sources.values()].map(({ id, title, publisher, publishedAt, url }) => ({
      id,
      title,
      publisher,
      publishedAt,
      url: safeHttpUrl(url),
    })),
  };
}
