import { draftArticle } from './seed/draft/draft-article.ts';
import { GraphIndex, loadGraphIndex } from './seed/draft/graph-index.ts';
import { validateArticle } from './server/article/validate-article.ts';
import { readFileSync, writeFileSync } from 'node:fs';
const text = readFileSync('seed/articles/thin-line-news-2025-05-05.txt','utf8');
const g = process.argv[2] ? await loadGraphIndex([process.argv[2]]) : new GraphIndex([]);
const t0 = performance.now();
const d = draftArticle(text, {id:'thin-line-news-2025-05-05', title:'t', publisher:'p', published:'2025-05-05', textFile:'thin-line-news-2025-05-05.txt'}, g);
console.log('ms', performance.now()-t0);
writeFileSync('/tmp/draft.json', JSON.stringify(d,null,2));
try { validateArticle('x', d, text) } catch (e) { console.log(String(e).split('\n').filter(l=>!l.includes('still proposed')).join('\n')) }
for (const e of d.events) console.log('E', e.id, e.date, e.review?.reason);
for (const s of d.statements) console.log('S', s.id, s.speaker, s.kind, s.date, s.event, s.quotedIn, '|', s.review?.reason);
for (const r of d.relationships) console.log('R', r.id, r.date);
