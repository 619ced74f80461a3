// What the ops tests send a server from outside: a GraphQL POST, a /ready probe, and a poll until something holds.

export async function graphqlPost(query: string, url: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, text: await res.text() };
}

export async function readyOf(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}/ready`);
  return { status: res.status, body: await res.json() };
}

/** Polls until `condition` holds, at most `maxTries` times `everyMs` apart. */
export async function eventually<T>(
  probe: () => Promise<T>,
  condition: (t: T) => boolean,
  what: string,
  maxTries = 120,
  everyMs = 250,
): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < maxTries; i++) {
    last = await probe();
    if (condition(last)) return last;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`${what}: last saw ${JSON.stringify(last)}`);
}
