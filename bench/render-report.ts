// Re-renders a run's markdown from its JSON, with the targets checked again (after the targets' reading changes):
//   npx tsx bench/render-report.ts bench-results/latest.json
import { readFile, writeFile } from 'node:fs/promises';
import type { BenchReport } from './bench-report.ts';
import { renderMarkdown } from './render-markdown.ts';
import { checkTargets } from './targets.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: render-report.ts RUN.json');
const report = JSON.parse(await readFile(file, 'utf8')) as BenchReport;
const updated: BenchReport = { ...report, targets: checkTargets(report) };
await writeFile(file, `${JSON.stringify(updated, null, 2)}\n`);
await writeFile(file.replace(/\.json$/, '') + '.md', renderMarkdown(updated));
process.stdout.write(renderMarkdown(updated));
