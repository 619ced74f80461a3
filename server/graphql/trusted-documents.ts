// The GraphQL documents the client ships, by sha256 of their exact text: only GET requests for these are given
// ETag and Cache-Control (cacheable-get.ts). The list is generated from the client's queries by
// tools/write-trusted-documents.ts (server and client never import each other); a test keeps it current.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const TRUSTED_DOCUMENTS_FILE = new URL('./trusted-documents.json', import.meta.url);

/** sha256 hex of a document's exact text: a client must send it byte for byte. */
export const documentHash = (document: string): string => createHash('sha256').update(document).digest('hex');

/** Hash -> operation name, as the generated file lists them. */
export function loadTrustedDocuments(file: URL = TRUSTED_DOCUMENTS_FILE): ReadonlyMap<string, string> {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { documents?: Record<string, string> };
  return new Map(Object.entries(parsed.documents ?? {}));
}
