// The article document format: one JSON file per article, beside its text file. See seed/README.md.
// Shape is checked here (zod); cross-references, spans and dates are checked in validate-article.ts.
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case, e.g. "claudia-sheinbaum"');
const upperSnake = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'types are UPPER_SNAKE_CASE, e.g. "PROPOSED_TO"');
const kebab = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'kinds are lower-case kebab-case, e.g. "press-conference"');
const nonEmpty = z.string().trim().min(1);

export const spanSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string().min(1),
});

const evidence = z.array(spanSchema).min(1, 'every fact needs at least one evidence span');

/** Set by `npm run draft` on what it proposes; a person's review turns "proposed" into another status. */
export const reviewSchema = z.strictObject({
  status: z.enum(['proposed', 'accepted', 'edited', 'added']),
  confidence: z.number().min(0).max(1).optional(),
  reason: nonEmpty.optional(),
});
const review = reviewSchema.optional();

export const actorDocSchema = z.strictObject({
  id,
  name: nonEmpty,
  kind: z.enum(['PERSON', 'COUNTRY', 'ORGANIZATION', 'GROUP', 'MEDIA']),
  aliases: z.array(nonEmpty).default([]),
  roles: z.array(z.strictObject({ title: nonEmpty, of: id.optional() })).default([]),
  review,
  evidence,
});

export const eventDocSchema = z.strictObject({
  id,
  title: nonEmpty,
  kind: kebab,
  description: nonEmpty.optional(),
  location: nonEmpty.optional(),
  date: nonEmpty.describe('EDTF date or interval'),
  participants: z.array(z.strictObject({ actor: id, role: kebab })).default([]),
  links: z
    .array(z.strictObject({ type: upperSnake, target: id, evidence: z.array(spanSchema).default([]) }))
    .default([]),
  review,
  evidence,
});

export const statementDocSchema = z.strictObject({
  id,
  speaker: id,
  kind: z.enum(['QUOTE', 'PARAPHRASE']),
  text: nonEmpty,
  date: nonEmpty.describe('EDTF date or interval'),
  event: id.optional(),
  quotedIn: id.optional(),
  review,
  evidence,
});

export const relationshipDocSchema = z.strictObject({
  id,
  type: upperSnake,
  source: id,
  target: id,
  date: nonEmpty.optional(),
  review,
  evidence,
});

export const articleDocumentSchema = z.strictObject({
  formatVersion: z.literal(1),
  source: z.strictObject({
    id,
    title: nonEmpty,
    publisher: nonEmpty,
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'publishedAt is an ISO day, YYYY-MM-DD'),
    // Exports and the app turn it into a link: javascript:, data: and the like would run in a reader's browser.
    url: z.url({ protocol: /^https?$/, error: 'url must be an http: or https: URL' }).optional(),
    textFile: nonEmpty.describe('path of the article text, relative to this document'),
    citations: z.array(z.strictObject({ actor: id, evidence, review })).default([]),
  }),
  actors: z.array(actorDocSchema).min(1),
  events: z.array(eventDocSchema).default([]),
  statements: z.array(statementDocSchema).default([]),
  relationships: z.array(relationshipDocSchema).default([]),
});

export type ArticleDocument = z.infer<typeof articleDocumentSchema>;
export type SpanDoc = z.infer<typeof spanSchema>;
export type ReviewDoc = z.infer<typeof reviewSchema>;
