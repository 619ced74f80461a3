import { describe, expect, it } from 'vitest';
import { pictureFileName, viewHeading, viewSummary } from '../../client/src/embed/view-caption.ts';
import { DEFAULT_STATE } from '../../core/view-state/view-state.ts';

const ARTICLE = { title: 'Mexico rejects U.S. military assistance amid rising cartel violence' };

describe('view captions', () => {
  it('head a view with its article, or with how many there are', () => {
    expect(viewHeading('timeline', [ARTICLE])).toBe(`Timeline: ${ARTICLE.title}`);
    expect(viewHeading('network', [ARTICLE, ARTICLE, ARTICLE])).toBe('Network of 3 articles');
    expect(viewHeading('network', [])).toBe('Network');
    // Only a first page known of a big corpus: the count is the graph's, not the page's.
    expect(viewHeading('timeline', [ARTICLE], 69_833)).toBe('Timeline of 69833 articles');
  });

  it('summarise the filters in force', () => {
    expect(viewSummary('timeline', DEFAULT_STATE, null)).toBe('All dates');
    expect(
      viewSummary(
        'timeline',
        {
          ...DEFAULT_STATE,
          from: '2025-01-01',
          to: '2025-02-28',
          laneBy: 'kind',
          actor: 'claudia-sheinbaum',
          text: ' troops ',
          actorKinds: ['COUNTRY', 'PERSON'],
          eventKinds: ['press-conference', 'statement'],
        },
        'Claudia Sheinbaum',
      ),
    ).toBe(
      '1 January 2025 – 28 February 2025 · following Claudia Sheinbaum · lanes by kind · matching “troops” · actors: country, person · kinds: press conference, statements',
    );
    // Lanes are a timeline matter; a window open at one end says so.
    expect(viewSummary('network', { ...DEFAULT_STATE, to: '2025-05-05', laneBy: 'kind' }, null)).toBe(
      'Until 5 May 2025',
    );
    expect(viewSummary('network', { ...DEFAULT_STATE, from: '2025-05-05', to: '2025-05-05' }, null)).toBe('5 May 2025');
    // The Sources filter names its outlets.
    expect(
      viewSummary('timeline', { ...DEFAULT_STATE, sources: ['daily-beast-2025-05-04'] }, null, ['The Daily Beast']),
    ).toBe('All dates · as reported by The Daily Beast');
  });

  it('name picture files after the view, its window and actor', () => {
    expect(pictureFileName('timeline', DEFAULT_STATE, 'svg')).toBe('timeline.svg');
    expect(pictureFileName('network', { ...DEFAULT_STATE, from: '2025-01-01', actor: 'org:un' }, 'png')).toBe(
      'network-2025-01-01-to-end-org-un.png',
    );
  });
});
