// A request the server has provably begun (it answered `100 Continue` to the headers) whose body the test sends
// later: a deterministic "request in flight" for shutdown tests, with no sleeps.
import { request, type Agent } from 'node:http';

export interface HeldRequest {
  /** Resolves once the server has parsed the headers and is handling the request. */
  accepted: Promise<void>;
  /** Sends the body; the server then finishes the request. */
  release(): void;
  response: Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>;
}

export function holdRequest(url: string, body: string, agent?: Agent): HeldRequest {
  const payload = Buffer.from(body);
  const req = request(`${url}/graphql`, {
    method: 'POST',
    ...(agent ? { agent } : {}),
    headers: { 'content-type': 'application/json', 'content-length': payload.length, expect: '100-continue' },
  });
  const accepted = new Promise<void>((resolve) => req.once('continue', () => resolve()));
  const response = new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>((resolve, reject) => {
    req.once('error', reject);
    req.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      res.once('error', reject);
    });
  });
  req.flushHeaders();
  return { accepted, release: () => req.end(payload), response };
}
