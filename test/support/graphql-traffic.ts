// Records what a page asks /graphql for: each request's operation and variables, the bytes of its answer, and
// which requests the page itself cancelled (an AbortController, not a network failure).
import type { Page } from 'playwright-core';

export interface GraphQLCall {
  operation: string;
  variables: Record<string, unknown>;
  /** Bytes of the answer as sent (body and headers), once it finished; 0 while in flight or if it failed. */
  bytes: number;
  failed: string | null;
}

function operationOf(query: string): string {
  return /^\s*query\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
}

export function recordGraphQL(page: Page) {
  const calls = new Map<object, GraphQLCall>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname !== '/graphql') return;
    const body = request.method() === 'POST' ? (request.postDataJSON() as Record<string, unknown>) : null;
    const query = String(body?.query ?? url.searchParams.get('query') ?? '');
    const variables = (body?.variables ?? JSON.parse(url.searchParams.get('variables') ?? '{}')) as Record<
      string,
      unknown
    >;
    calls.set(request, { operation: operationOf(query), variables, bytes: 0, failed: null });
  });
  page.on('requestfinished', (request) => {
    const call = calls.get(request);
    if (!call) return;
    void request.sizes().then((s) => (call.bytes = s.responseBodySize + s.responseHeadersSize));
  });
  page.on('requestfailed', (request) => {
    const call = calls.get(request);
    if (call) call.failed = request.failure()?.errorText ?? 'failed';
  });
  return {
    calls: () => [...calls.values()],
    of: (operation: string) => [...calls.values()].filter((c) => c.operation === operation),
    clear: () => calls.clear(),
  };
}

/** Wraps the page's fetch before the app runs, to count the requests whose signal the app aborted. */
export async function countAborts(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __aborted: number };
    w.__aborted = 0;
    const real = window.fetch.bind(window);
    window.fetch = (input, init) => {
      init?.signal?.addEventListener('abort', () => w.__aborted++);
      return real(input, init);
    };
  });
  return () => page.evaluate(() => (window as unknown as { __aborted: number }).__aborted);
}
