import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState } from '../../core/view-state/url-state.ts';
import { DEFAULT_STATE, type ViewState } from '../../core/view-state/view-state.ts';

const FULL: ViewState = {
  from: '2025-01-01',
  to: '2025-02-28',
  laneBy: 'kind',
  show: 'list',
  text: 'sovereignty',
  actorKinds: ['COUNTRY', 'PERSON'],
  eventKinds: ['designation', 'directive'],
  sources: ['daily-beast-2025-05-04', 'thin-line-news-2025-05-05'],
  actor: 'claudia-sheinbaum',
  depth: 3,
  selected: { type: 'statement', id: 'bukele-criticism' },
};

describe('url state', () => {
  it('round-trips every field', () => {
    expect(parseViewState(serializeViewState(FULL))).toEqual(FULL);
  });

  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_STATE).toString()).toBe('');
    expect(parseViewState(new URLSearchParams())).toEqual(DEFAULT_STATE);
  });

  it('writes a readable, stable query string', () => {
    expect(serializeViewState({ ...FULL, actorKinds: ['PERSON', 'COUNTRY'] }).toString()).toBe(
      'from=2025-01-01&to=2025-02-28&lanes=kind&show=list&q=sovereignty&ak=COUNTRY%2CPERSON&ek=designation%2Cdirective&src=daily-beast-2025-05-04%2Cthin-line-news-2025-05-05&actor=claudia-sheinbaum&depth=3&sel=statement%3Abukele-criticism',
    );
  });

  it('falls back to defaults for values it cannot read', () => {
    const s = parseViewState(
      new URLSearchParams(
        'from=2025-02-30&to=soon&lanes=x&show=y&ak=PERSON,ALIEN&ek=Bad Kind,speech&src=<b>,newsweek-2025-05-03&actor=<script>&depth=9&sel=thing:x',
      ),
    );
    expect(s).toEqual({
      ...DEFAULT_STATE,
      actorKinds: ['PERSON'],
      eventKinds: ['speech'],
      sources: ['newsweek-2025-05-03'],
    });
  });

  it('puts a reversed window the right way round', () => {
    const s = parseViewState(new URLSearchParams('from=2025-03-01&to=2025-01-01'));
    expect([s.from, s.to]).toEqual(['2025-01-01', '2025-03-01']);
  });
});
