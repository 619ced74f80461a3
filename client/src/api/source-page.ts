// A page of sources as the client asks for it: the API's sourcesConnection, one filter at a time.
import type { ApiSource } from '../../../core/api/api-types.ts';

export interface SourcePageArgs {
  /** A piece of an outlet's name or of a title (the type-ahead). */
  search?: string;
  /** Exactly this outlet: its articles. */
  publisher?: string;
  /** These sources (the chosen ids in a link), at most 100. */
  ids?: readonly string[];
  first: number;
}

export interface SourcePage {
  sources: ApiSource[];
  /** How many sources match in all. */
  totalCount: number;
  hasNextPage: boolean;
}
