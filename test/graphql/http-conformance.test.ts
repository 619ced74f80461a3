// GraphQL-over-HTTP conformance: the graphql-http package's server audits, no MUST failure allowed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { startApp, type RunningApp } from '../support/start-app.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

it('passes every MUST audit of graphql-http', async () => {
  const audits = serverAudits({ url: () => `${app.url}/graphql`, fetchFn: fetch });
  const failures: string[] = [];
  for (const audit of audits) {
    const result = await audit.fn();
    if (result.status === 'error') failures.push(`${audit.name}: ${result.reason}`);
  }
  expect(audits.filter((a) => a.name.startsWith('MUST')).length).toBeGreaterThan(10);
  expect(failures).toEqual([]);
});
