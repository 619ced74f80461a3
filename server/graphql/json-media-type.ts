// The media type yoga's regular (single JSON) result processor answers a request with, worked out as yoga's
// use-result-processor.js does (its helpers are not exported): Accept's types in reverse order, each matched
// against application/graphql-response+json then application/json, the last match winning. The regular processor
// comes last in yoga's list, so a match here is also yoga's final choice; with none, yoga answers another way (SSE,
// multipart, 406) and cached-answers.ts leaves that to it. test/graphql/json-media-type.test.ts holds it to yoga's.

const REGULAR = ['application/graphql-response+json', 'application/json'] as const;

function acceptedInOrder(accept: string | null): string[] {
  const types: string[] = [];
  for (const part of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [type, ...params] = part.split(';');
    if (type === undefined) continue;
    // Yoga answers in UTF-8 only and skips a type asked for in another charset.
    const charset = params.find((p) => p.includes('charset=')) ?? 'charset=utf-8';
    if (charset === 'charset=utf-8') types.push(type);
  }
  return types.reverse();
}

/** Whether a type the request accepts (wildcards allowed) covers a type the processor offers. */
function covers(requested: string, offered: string): boolean {
  const [pre, suf] = requested.split('/');
  const [offeredPre, offeredSuf] = offered.split('/');
  return (pre === '*' || pre === offeredPre) && (suf === '*' || suf === offeredSuf);
}

/** The JSON media type yoga would answer this Accept header with, or null when it would not answer JSON. */
export function regularMediaType(accept: string | null): string | null {
  let chosen: string | null = null;
  for (const requested of acceptedInOrder(accept))
    for (const offered of REGULAR) if (covers(requested, offered)) chosen = offered;
  return chosen;
}
