// Which fields each kind of subject has, and which rule reconciles each (see docs/claims.md).
import type { ClaimSubjectType } from './claim.ts';

/**
 * value: sources agree or the field is disputed; date: bounds intersect; wording: a statement's text, where
 * quotes differing only in punctuation, case, spacing or length are wordings of one quote; summary: the
 * curator's own words about an event (its title and description), kept per source and never a dispute, since
 * no outlet asserts them; list: a union.
 */
export type FieldRule = 'value' | 'date' | 'wording' | 'summary' | 'list';

export const CLAIM_FIELDS: Readonly<Record<ClaimSubjectType, Readonly<Record<string, FieldRule>>>> = {
  Actor: { name: 'value', kind: 'value', aliases: 'list', roles: 'list' },
  Event: {
    title: 'summary',
    kind: 'value',
    description: 'summary',
    location: 'value',
    date: 'date',
    participants: 'list',
    links: 'list',
  },
  Statement: { text: 'wording', kind: 'value', speaker: 'value', date: 'date', event: 'value', quotedIn: 'value' },
  Relationship: { type: 'value', source: 'value', target: 'value', date: 'date' },
};

/** List items are claimed as `a|b` text (`actorId|role`, `title|ofActorId`, `TYPE|targetId`). */
export const joinItem = (a: string, b: string | null): string => `${a}|${b ?? ''}`;

export function splitItem(value: string): [string, string] {
  const bar = value.indexOf('|');
  return bar < 0 ? [value, ''] : [value.slice(0, bar), value.slice(bar + 1)];
}
