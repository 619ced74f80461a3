// A page on another loopback origin that frames a given URL: GET /?src=<url> answers an <iframe> of it.
import { listenLocal } from '../../support/listen-local.ts';

export interface FramingHost {
  origin: string;
  pageFraming(src: string): string;
  close(): Promise<void>;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export async function startFramingHost(): Promise<FramingHost> {
  const { origin, close } = await listenLocal((req, res) => {
    const src = new URL(req.url ?? '/', 'http://host').searchParams.get('src') ?? 'about:blank';
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><title>a report</title><iframe src="${escapeAttr(src)}" width="1000" height="700"></iframe>`,
    );
  });
  return {
    origin,
    pageFraming: (src) => `${origin}/?src=${encodeURIComponent(src)}`,
    close,
  };
}
