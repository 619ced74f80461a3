// server/graphql/trusted-documents.json must list exactly the client's shipped documents: regenerate it with
// `npm run trusted-documents` when client/src/api's queries change, or their GETs stop being cacheable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRUSTED_DOCUMENTS_FILE, documentHash } from '../../server/graphql/trusted-documents.ts';
import { trustedDocumentsJson } from '../../tools/trusted-documents.ts';
import { TIMELINE_QUERY } from '../../client/src/api/queries.ts';

describe('trusted documents', () => {
  it('the generated list is current with the client queries', () => {
    expect(readFileSync(TRUSTED_DOCUMENTS_FILE, 'utf8')).toBe(trustedDocumentsJson());
  });

  it('names the timeline document by the hash of its exact text', () => {
    const listed = JSON.parse(readFileSync(TRUSTED_DOCUMENTS_FILE, 'utf8')) as { documents: Record<string, string> };
    expect(listed.documents[documentHash(TIMELINE_QUERY)]).toBe('Timeline');
  });
});
