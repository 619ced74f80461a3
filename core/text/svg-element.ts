// A tiny SVG string builder: attribute values and text are always escaped and numbers rounded, so
// renderers never concatenate raw strings into markup.
import { escapeXml } from './html-text.ts';

export type AttrValue = string | number | null | undefined;
export type Attrs = Record<string, AttrValue>;

/** One decimal is finer than any printer needs and keeps files small and diffs stable. */
export function num(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
  }
  return out;
}

/** An element; `children` are already-built markup, `text` is escaped. */
export function el(name: string, a: Attrs = {}, children: readonly string[] | string = []): string {
  const inner = typeof children === 'string' ? escapeXml(children) : children.join('');
  return inner === '' ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${inner}</${name}>`;
}
