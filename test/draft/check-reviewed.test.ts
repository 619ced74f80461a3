// The server and the seed refuse a document with items still proposed, and say how to review them.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { validateArticle } from '../../server/article/validate-article.ts';
import { SEED_DOC, SEED_TEXT } from './draft-fixture.ts';

const text = readFileSync(SEED_TEXT, 'utf8');
const fresh = () => JSON.parse(readFileSync(SEED_DOC, 'utf8'));

it('refuses proposed items, naming each and the command that reviews them', () => {
  const doc = fresh();
  doc.actors[1].review = { status: 'proposed', confidence: 0.9, reason: 'capitalised name after "President"' };
  doc.statements[0].review = { status: 'proposed', confidence: 0.8, reason: 'block quote after "stating:"' };
  expect(() => validateArticle('x.json', doc, text)).toThrow(
    [
      'x.json: invalid article document',
      '  - actors[1].review: still proposed by the drafter (capitalised name after "President"); review it first: npm run draft -- --review x.json',
      '  - statements[0].review: still proposed by the drafter (block quote after "stating:"); review it first: npm run draft -- --review x.json',
    ].join('\n'),
  );
});

it('loads reviewed items, keeping nothing of the review in the graph', () => {
  const doc = fresh();
  doc.actors[1].review = { status: 'accepted', confidence: 0.9, reason: 'capitalised name after "President"' };
  doc.events[0].review = { status: 'edited' };
  doc.relationships[0].review = { status: 'added' };
  const article = validateArticle('x.json', doc, text);
  expect(article.actors[1]).not.toHaveProperty('review');
});

it('rejects a review mark that is not one', () => {
  const doc = fresh();
  doc.actors[0].review = { status: 'maybe' };
  expect(() => validateArticle('x.json', doc, text)).toThrow(/actors\[0\]\.review\.status/);
  doc.actors[0].review = { status: 'accepted', confidence: 1.5 };
  expect(() => validateArticle('x.json', doc, text)).toThrow(/actors\[0\]\.review\.confidence/);
});
