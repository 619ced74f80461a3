// The EMBED_FRAME_ANCESTORS setting: which sites may frame the embed page, as CSP source expressions.
// Validated strictly because it is written into a response header.
import { z } from 'zod';

const KEYWORD = /^'(self|none)'$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:$/i;
const HOST =
  /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*\.)?(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\*)(?::(?:\d{1,5}|\*))?(?:\/[^\s;,'"]*)?$/i;

/** Splits on commas or spaces and checks each source; returns the space-separated directive value. */
export function parseFrameAncestors(value: string): string {
  const sources = value.split(/[\s,]+/).filter(Boolean);
  if (sources.length === 0) throw new Error("give at least one source, e.g. *, 'self' or https://example.org");
  for (const s of sources) {
    if (s === '*' || KEYWORD.test(s) || SCHEME.test(s) || HOST.test(s)) continue;
    throw new Error(
      `"${s}" is not a CSP source; use *, 'self', 'none', a scheme such as https: or an origin such as https://news.example.org`,
    );
  }
  if (sources.includes("'none'") && sources.length > 1) throw new Error("'none' cannot be combined with other sources");
  return sources.join(' ');
}

/** For server/config.ts: defaults to any origin, which is what an embeddable page is for. */
export const frameAncestorsSetting = z
  .string()
  .default('*')
  .transform((v, ctx) => {
    try {
      return parseFrameAncestors(v);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message });
      return z.NEVER;
    }
  });
