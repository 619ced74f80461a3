// Quotations and their speakers: curly and straight marks, nested quotes, block quotes, scare quotes.
import { expect, it } from 'vitest';
import { findMentions } from '../../seed/draft/actor-mentions.ts';
import { buildActors } from '../../seed/draft/actors.ts';
import { GraphIndex } from '../../seed/draft/graph-index.ts';
import { findStatements } from '../../seed/draft/statements.ts';
import { findQuotes } from '../../seed/draft/quotes.ts';
import { buildTextModel } from '../../seed/draft/text-model.ts';
import { mentionIndex } from '../../seed/draft/attribution.ts';

function statements(text: string) {
  const model = buildTextModel(text);
  const actors = buildActors(model, findMentions(model), new GraphIndex([]));
  const found = findStatements(model, findQuotes(model), mentionIndex(actors), [], [], '2025-05-05');
  return found.map((s) => ({
    speaker: s.speaker.name,
    kind: s.kind,
    text: s.text,
    ...(s.quotedIn ? { in: s.quotedIn.speaker.name } : {}),
  }));
}

it('finds curly and straight quotes with "X said" and "said X"', () => {
  const text =
    'President Ana Ruiz spoke.\n\n“We will not give in to pressure,” Ruiz said. "The border stays open for trade," said Governor Luis Mora.';
  expect(statements(text)).toEqual([
    { speaker: 'Ana Ruiz', kind: 'QUOTE', text: 'We will not give in to pressure' },
    { speaker: 'Luis Mora', kind: 'QUOTE', text: 'The border stays open for trade' },
  ]);
});

it('attributes "according to" and "he said" to the person named before', () => {
  const text = 'Senator Tom Hale left the room. “This bill is dead on arrival,” he said.';
  expect(statements(text)).toEqual([{ speaker: 'Tom Hale', kind: 'QUOTE', text: 'This bill is dead on arrival' }]);
});

it('reads a block quote after a colon, with the quotes nested in it', () => {
  const text =
    'President Ana Ruiz recalled the call with President Tom Hale, stating:\n\n' +
    "He said, 'We can send our army to help you now.' And I said to him, 'No, thank you, we decide alone.'";
  expect(statements(text)).toEqual([
    { speaker: 'Ana Ruiz', kind: 'QUOTE', text: expect.stringMatching(/^He said, 'We can send/) },
    { speaker: 'Tom Hale', kind: 'QUOTE', text: 'We can send our army to help you now.', in: 'Ana Ruiz' },
    { speaker: 'Ana Ruiz', kind: 'QUOTE', text: 'No, thank you, we decide alone.', in: 'Ana Ruiz' },
  ]);
});

it('ignores apostrophes and scare quotes, and finds paraphrases', () => {
  const text =
    'Governor Luis Mora\'s plan, a "fix" they\'re calling it, failed. U.S. lawmakers argue that the plan was rushed.';
  expect(statements(text)).toEqual([{ speaker: 'U.S. lawmakers', kind: 'PARAPHRASE', text: 'The plan was rushed.' }]);
});

it('finds "the minister said" and a person named after an institution', () => {
  const text =
    'Iranian Foreign Minister Abbas Araghchi spoke on state TV.\n\n' +
    '"No agreement regarding new negotiations has taken place," the minister said.\n\n' +
    '"There was no negotiation at all," spokesman for the Department of State Tammy Bruce told reporters.';
  expect(statements(text)).toEqual([
    { speaker: 'Abbas Araghchi', kind: 'QUOTE', text: 'No agreement regarding new negotiations has taken place' },
    { speaker: 'Tammy Bruce', kind: 'QUOTE', text: 'There was no negotiation at all' },
  ]);
});
