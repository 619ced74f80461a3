import { buildTextModel } from './seed/draft/text-model.ts';
import { findMentions } from './seed/draft/actor-mentions.ts';
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[2] ?? 'seed/articles/thin-line-news-2025-05-05.txt','utf8');
const m = buildTextModel(text);
for (const x of findMentions(m)) console.log(x.start, JSON.stringify(text.slice(x.start,x.end)), x.name, x.kind, x.confidence, x.reason, x.title ?? '', x.alias ?? '');
