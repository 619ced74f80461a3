import { describe, expect, it } from 'vitest';
import {
  CATEGORY_COLOURS,
  humanizeKind,
  kindColours,
  OTHER_KINDS_COLOUR,
  STATEMENT_COLOUR,
} from '../../client/src/theme/palette.ts';

describe('kindColours', () => {
  it('gives the most frequent kinds distinct palette colours and the rest one shared grey', () => {
    const kinds = [
      'speech',
      'speech',
      'speech',
      'directive',
      'directive',
      ...'abcdefgh'.split('').map((c) => `kind-${c}`),
      'statement',
    ];
    const colours = kindColours(kinds);
    expect(colours.get('speech')).toBe(CATEGORY_COLOURS[0]);
    expect(colours.get('directive')).toBe(CATEGORY_COLOURS[1]);
    expect(colours.get('kind-a')).toBe(CATEGORY_COLOURS[2]);
    expect(colours.get('kind-e')).toBe(CATEGORY_COLOURS[6]);
    expect(colours.get('kind-f')).toBe(OTHER_KINDS_COLOUR);
    expect(colours.get('statement')).toBe(STATEMENT_COLOUR);
    const used = [...colours.entries()]
      .filter(([k, c]) => k !== 'statement' && c !== OTHER_KINDS_COLOUR)
      .map(([, c]) => c);
    expect(new Set(used).size).toBe(used.length);
  });

  it('does not depend on input order', () => {
    const kinds = ['b', 'a', 'c', 'a'];
    expect([...kindColours(kinds)].sort()).toEqual([...kindColours([...kinds].reverse())].sort());
  });

  it('reads kebab-case kinds as words', () => {
    expect(humanizeKind('press-conference')).toBe('Press conference');
  });
});
