// JSON with object keys in a stable order, so `{"a":1,"b":2}` and `{"b":2,"a":1}` name the same request: what
// cache keys are made of (cacheable-get.ts's ETags, answer-key.ts's answer cache).

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
