// The client's shipped GraphQL documents as server/graphql/trusted-documents.json lists them: every exported
// string of its query modules that is an operation. Shared by the generator and the test that keeps the file current.
import * as queries from '../client/src/api/queries.ts';
import * as pathQueries from '../client/src/api/path-queries.ts';
import { documentHash } from '../server/graphql/trusted-documents.ts';

export function clientDocuments(): Record<string, string> {
  const documents: Record<string, string> = {};
  for (const value of [...Object.values(queries), ...Object.values(pathQueries)]) {
    if (typeof value !== 'string') continue;
    const name = /^\s*query\s+(\w+)/.exec(value)?.[1];
    if (name) documents[documentHash(value)] = name;
  }
  return Object.fromEntries(Object.entries(documents).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function trustedDocumentsJson(): string {
  return `${JSON.stringify({ documents: clientDocuments() }, null, 2)}\n`;
}
