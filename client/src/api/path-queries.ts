// "How are these two connected?": the paths query and the shape it answers (server: Query.paths).
import type { FuzzyDate } from '../../../core/domain/types.ts';
import { CONTEXT_RADIUS } from './queries.ts';

export const PATHS_QUERY = `query Paths($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops) {
    length
    hops {
      from { id name }
      to { id name }
      relationship {
        id type source { id } target { id } date { label precision }
        evidence { quote context(radius: ${CONTEXT_RADIUS}) { before after } source { id title publisher publishedAt } }
      }
    }
  }
}`;

export interface ApiPathHop {
  from: { id: string; name: string };
  to: { id: string; name: string };
  relationship: {
    id: string;
    type: string;
    source: { id: string };
    target: { id: string };
    date: Pick<FuzzyDate, 'label' | 'precision'> | null;
    evidence: Array<{
      quote: string;
      context: { before: string; after: string };
      source: { id: string; title: string; publisher: string; publishedAt: string };
    }>;
  };
}

export interface ApiPath {
  length: number;
  hops: ApiPathHop[];
}

/** The most hops the client asks for: the server's cap (MAX_PATH_HOPS). */
export const PATH_MAX_HOPS = 4;
