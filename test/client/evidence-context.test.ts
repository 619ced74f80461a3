import { describe, expect, it } from 'vitest';
import { contextAfter, contextBefore } from '../../client/src/detail/detail-panel.ts';
import { CONTEXT_RADIUS } from '../../client/src/api/queries.ts';

const long = 'x'.repeat(CONTEXT_RADIUS);

describe('evidence context', () => {
  it('starts a cut-short context at a whole word, after an ellipsis', () => {
    expect(
      contextBefore({ start: 500, context: { before: 'ng violence.\n\nEl Salvador said ', quote: '', after: '' } }),
    ).toBe('…violence.\nEl Salvador said ');
  });

  it('keeps the text whole when it reaches the start of the article', () => {
    expect(contextBefore({ start: 10, context: { before: 'Mexico is ', quote: '', after: '' } })).toBe('Mexico is ');
  });

  it('ends a cut-short context at a whole word, then an ellipsis', () => {
    const after = ` and more ${long} tail wor`;
    expect(contextAfter({ context: { before: '', quote: '', after } })).toBe(` and more ${long} tail…`);
    expect(contextAfter({ context: { before: '', quote: '', after: ' the end.\n' } })).toBe(' the end.');
  });
});
