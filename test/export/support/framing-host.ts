// A page on another loopback origin that frames a given URL: GET /?src=<url> answers an <iframe> of it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FramingHost {
  origin: string;
  pageFraming(src: string): string;
  close(): Promise<void>;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export async function startFramingHost(): Promise<FramingHost> {
  const server = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://host').searchParams.get('src') ?? 'about:blank';
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><title>a report</title><iframe src="${escapeAttr(src)}" width="1000" height="700"></iframe>`,
    );
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pageFraming: (src) => `${origin}/?src=${encodeURIComponent(src)}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
