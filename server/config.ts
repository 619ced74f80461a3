// Configuration from environment variables, validated once at start: a bad value stops the process
// with a message naming the variable and what it expects. CONFIG_DOCS is what the README's Operations section documents.
import { isIP } from 'node:net';
import { z } from 'zod';
import { frameAncestorsSetting } from './export/frame-ancestors.ts';

const integer = (min: number, max: number) =>
  z.string().trim().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));

const list = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );

/** An origin as browsers send it: scheme, host and optional port, nothing else. */
function isOrigin(s: string): boolean {
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === s;
  } catch {
    return false;
  }
}

/** Express's `trust proxy`: how far to believe X-Forwarded-For when picking the client address. */
export type TrustProxy = boolean | number | string[];

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function parseTrustProxy(s: string): TrustProxy | undefined {
  if (s === 'false') return false;
  if (s === 'true') return true;
  if (/^\d+$/.test(s)) return Number(s);
  const entries = s.split(',').map((x) => x.trim());
  const valid = entries.every((e) => {
    if (PROXY_NAMES.has(e)) return true;
    const [addr = '', bits, ...rest] = e.split('/');
    const family = isIP(addr);
    if (family === 0 || rest.length > 0) return false;
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  });
  return valid && entries.length > 0 ? entries : undefined;
}

function hasCredentials(uri: string): boolean {
  try {
    const url = new URL(uri);
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}

export const configSchema = z.object({
  PORT: integer(0, 65535).default(4000),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/)
    .refine((u) => !hasCredentials(u))
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_TIMEOUT_MS: integer(100, 120_000).default(5000),
  /** Articles per write transaction of `npm run seed` (see neo4j-writer.ts). */
  SEED_BATCH_SIZE: integer(1, 10_000).default(50),
  /** Article documents the embedded store loads (comma-separated files or folders). */
  ARTICLES: list,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: list.refine((origins) => origins.every(isOrigin)),
  RATE_LIMIT_PER_MINUTE: integer(0, 1_000_000).default(600),
  BODY_LIMIT_KB: integer(1, 10_240).default(100),
  /** Memory for GraphQL answers kept by graph version (graphql/answer-cache.ts); 0 keeps none. */
  ANSWER_CACHE_MB: integer(0, 65_536).default(64),
  SHUTDOWN_TIMEOUT_MS: integer(100, 60_000).default(8000),
  EMBED_FRAME_ANCESTORS: frameAncestorsSetting,
  TRUST_PROXY: z
    .string()
    .trim()
    .transform((s, ctx) => {
      const parsed = parseTrustProxy(s);
      if (parsed === undefined) {
        ctx.addIssue({ code: 'custom', message: 'invalid' });
        return z.NEVER;
      }
      return parsed;
    })
    .default(false),
});

export type Config = z.infer<typeof configSchema>;
type VariableName = keyof z.input<typeof configSchema>;

export interface VariableDoc {
  /** What a valid value looks like; the error message and the docs both say this. */
  expects: string;
  /** The default as written in the docs; null when unset means "off" or "not used". */
  default: string | null;
  /** Never echoed back in messages or logs. */
  secret?: boolean;
}

export const CONFIG_DOCS = {
  PORT: { expects: 'a TCP port number from 0 to 65535', default: '4000' },
  HOST: { expects: 'an interface address to listen on, such as 0.0.0.0 or 127.0.0.1', default: '0.0.0.0' },
  NEO4J_URI: {
    expects:
      'a Neo4j URI without credentials, such as bolt://localhost:7687, neo4j://host:7687 or neo4j+s://xxxx.databases.neo4j.io',
    default: null,
  },
  NEO4J_USER: { expects: 'a non-empty user name', default: 'neo4j' },
  NEO4J_PASSWORD: { expects: 'the Neo4j password', default: '', secret: true },
  NEO4J_DATABASE: { expects: 'a database name', default: null },
  NEO4J_TIMEOUT_MS: { expects: 'a whole number of milliseconds from 100 to 120000', default: '5000' },
  SEED_BATCH_SIZE: { expects: 'a whole number of articles per write transaction from 1 to 10000', default: '50' },
  ARTICLES: { expects: 'comma-separated article document files or folders', default: 'seed/articles' },
  LOG_LEVEL: { expects: 'one of fatal, error, warn, info, debug, trace, silent', default: 'info' },
  CORS_ORIGINS: {
    expects: 'comma-separated origins such as https://news.example.org (scheme, host and port only)',
    default: '',
  },
  RATE_LIMIT_PER_MINUTE: {
    expects: 'a whole number of requests per minute per client, 0 to turn the limit off',
    default: '600',
  },
  BODY_LIMIT_KB: { expects: 'a whole number of kilobytes from 1 to 10240', default: '100' },
  ANSWER_CACHE_MB: { expects: 'a whole number of MiB from 0 (no answer cache) to 65536', default: '64' },
  SHUTDOWN_TIMEOUT_MS: { expects: 'a whole number of milliseconds from 100 to 60000', default: '8000' },
  EMBED_FRAME_ANCESTORS: {
    expects:
      "CSP sources allowed to frame the embed page, space- or comma-separated: *, 'self', 'none', https: or origins such as https://news.example.org",
    default: '*',
  },
  TRUST_PROXY: {
    expects:
      'false, true, a number of proxy hops, or comma-separated proxy addresses/subnets (or loopback, linklocal, uniquelocal)',
    default: 'false',
  },
} satisfies Record<VariableName, VariableDoc>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The value as it may be shown in a message: secrets never, URIs without any userinfo. */
function shown(name: VariableName, value: string | undefined): string {
  const doc: VariableDoc = CONFIG_DOCS[name];
  if (value === undefined) return 'nothing';
  if (doc.secret) return 'a value (not shown)';
  return JSON.stringify(value.replace(/\/\/[^/@\s]*@/, '//[credentials removed]@'));
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "use the default", as in shell `VAR= cmd` and compose `${VAR:-}`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = configSchema.safeParse(cleaned);
  if (r.success) return r.data;
  const names = [...new Set(r.error.issues.map((i) => String(i.path[0]) as VariableName))];
  throw new ConfigError(
    names.map((name) => `${name} must be ${CONFIG_DOCS[name].expects}; got ${shown(name, cleaned[name])}`),
  );
}
