// A stand-in for a reporter's site on another loopback origin: it serves whatever HTML a test gives it,
// such as the snippet the Embed dialog wrote, so the snippet is tested exactly as it would be pasted.
import { listenLocal } from '../support/listen-local.ts';

export interface ReportHost {
  origin: string;
  /** The address of a page whose body is `html`. */
  pageWith(html: string): string;
  close(): Promise<void>;
}

export async function startReportHost(): Promise<ReportHost> {
  const pages = new Map<string, string>();
  const { origin, close } = await listenLocal((req, res) => {
    const html = pages.get(new URL(req.url ?? '/', 'http://host').pathname);
    res.statusCode = html === undefined ? 404 : 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A report</title></head>` +
        `<body style="margin:0;font:16px Georgia,serif"><article style="max-width:960px;margin:0 auto;padding:16px">` +
        `<h1>Mexico and the cartels</h1><p>Our reporting, with the timeline below.</p>${html ?? ''}</article></body></html>`,
    );
  });
  return {
    origin,
    pageWith(html) {
      const path = `/report-${pages.size + 1}`;
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close,
  };
}
