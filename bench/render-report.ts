// Re-renders a run's markdown from its JSON, with the targets checked again (after the targets' reading changes):
//   npx tsx bench/render-report.ts bench-results/latest.json
// With more files, their sizes join the first's (merge-reports.ts), e.g. the 1M run beside the 100k one:
//   npx tsx bench/render-report.ts bench-results/latest.json bench-results/million.json
import { readFile, writeFile } from 'node:fs/promises';
import type { BenchReport } from './bench-report.ts';
import { mergeReports } from './merge-reports.ts';
import { renderMarkdown } from './render-markdown.ts';
import { checkTargets } from './targets.ts';

const [file, ...others] = process.argv.slice(2);
if (!file) throw new Error('usage: render-report.ts RUN.json [OTHER-RUN.json ...]');
const read = async (f: string) => JSON.parse(await readFile(f, 'utf8')) as BenchReport;
const report = mergeReports(await read(file), await Promise.all(others.map(read)));
const updated: BenchReport = { ...report, targets: checkTargets(report) };
await writeFile(file, `${JSON.stringify(updated, null, 2)}\n`);
await writeFile(file.replace(/\.json$/, '') + '.md', renderMarkdown(updated));
process.stdout.write(renderMarkdown(updated));
