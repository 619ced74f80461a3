// Parses XML (SVG, GraphML) into a plain element tree with fast-xml-parser, after checking it is well formed.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type Ordered = Array<Record<string, unknown>>;

function toElements(nodes: Ordered): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name === '#text' || name.startsWith('?')) continue;
    const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
    const attrs = Object.fromEntries(Object.entries(rawAttrs).map(([k, v]) => [k.replace(/^@_/, ''), String(v)]));
    const kids = (node[name] ?? []) as Ordered;
    const text = kids
      .filter((k) => '#text' in k)
      .map((k) => String(k['#text']))
      .join('');
    out.push({ name, attrs, children: toElements(kids), text });
  }
  return out;
}

export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
  });
  const roots = toElements(parser.parse(xml) as Ordered);
  if (roots.length !== 1 || !roots[0]) throw new Error(`expected one root element, got ${roots.length}`);
  return roots[0];
}

/** Every element under `root` (itself included), depth first, with the y offset of enclosing translate()s. */
export function walk(
  root: XmlElement,
  visit: (el: XmlElement, offset: { x: number; y: number }) => void,
  offset = { x: 0, y: 0 },
): void {
  const m = /translate\(\s*([-\d.]+)[ ,]+([-\d.]+)\s*\)/.exec(root.attrs.transform ?? '');
  const here = m ? { x: offset.x + Number(m[1]), y: offset.y + Number(m[2]) } : offset;
  visit(root, here);
  for (const c of root.children) walk(c, visit, here);
}

export function findAll(root: XmlElement, predicate: (el: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  walk(root, (el) => {
    if (predicate(el)) found.push(el);
  });
  return found;
}
