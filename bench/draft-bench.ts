// npm run bench:draft [-- WORDS RUNS]: how long `npm run draft` takes on a long article (default 5,000 words),
// and what loading the NLP libraries costs at start-up. A benchmark to read, not a timed test.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const words = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 3);

// Start-up: importing compromise and chrono-node, and their first call (compromise builds its lexicon lazily).
let t = performance.now();
const { default: nlp } = await import('compromise');
const chrono = await import('chrono-node');
const importMs = performance.now() - t;
t = performance.now();
nlp('Mexican President Claudia Sheinbaum said on Saturday.').sentences().json({ offset: true });
chrono.parse('in February', new Date('2025-05-05T12:00:00Z'));
const firstCallMs = performance.now() - t;
const { draftArticle } = await import('../seed/draft/draft-article.ts');
const { GraphIndex } = await import('../seed/draft/graph-index.ts');

// A long report made of real report paragraphs (the seed article and the second report), with the names varied
// so that actors, quotes and dates keep being new rather than repeats of one page.
const base = ['../seed/articles/thin-line-news-2025-05-05.txt', '../test/fixtures/reports/daily-beast-2025-05-04.txt']
  .map((f) => readFileSync(new URL(f, import.meta.url), 'utf8'))
  .join('\n\n')
  .split(/\n\s*\n/)
  .filter((p) => p.split(/\s+/).length > 12);
const names = ['Ana Ruiz', 'Luis Mora', 'Tom Hale', 'Rita Vega', 'Omar Diaz', 'Eva Lind', 'Ian Frost', 'Mia Stone'];
const months = ['January', 'February', 'March', 'April'];
const parts: string[] = [];
let count = 0;
for (let i = 0; count < words; i++) {
  const p = base[i % base.length]!.replace(/Claudia Sheinbaum/g, names[i % names.length]!)
    .replace(/Nayib Bukele/g, names[(i + 3) % names.length]!)
    .replace(/February|January/g, months[i % months.length]!);
  parts.push(p);
  count += p.split(/\s+/).length;
}
const text = parts.join('\n\n');
const source = {
  id: 'bench-2025-05-05',
  title: 'Bench',
  publisher: 'Bench',
  published: '2025-05-05',
  textFile: 'x.txt',
};

const times: number[] = [];
let sizes = '';
for (let r = 0; r < runs; r++) {
  t = performance.now();
  const doc = draftArticle(text, source, new GraphIndex([]));
  times.push(performance.now() - t);
  sizes = `${doc.actors.length} actors, ${doc.events.length} events, ${doc.statements.length} statements, ${doc.relationships.length} relationships`;
}
times.sort((a, b) => a - b);
const ms = (n: number) => `${Math.round(n)} ms`;
console.log(`article: ${count} words, ${text.length} characters; draft: ${sizes}`);
console.log(`start-up: import compromise + chrono-node ${ms(importMs)}, first call ${ms(firstCallMs)}`);
console.log(
  `draft: fastest ${ms(times[0]!)}, median ${ms(times[Math.floor(times.length / 2)]!)}, slowest ${ms(times[times.length - 1]!)} over ${runs} runs`,
);
