// npm run trusted-documents: regenerates server/graphql/trusted-documents.json after the client's queries change.
import { writeFileSync } from 'node:fs';
import { TRUSTED_DOCUMENTS_FILE } from '../server/graphql/trusted-documents.ts';
import { trustedDocumentsJson } from './trusted-documents.ts';

writeFileSync(TRUSTED_DOCUMENTS_FILE, trustedDocumentsJson());
console.log(`wrote ${TRUSTED_DOCUMENTS_FILE.pathname}`);
