// Shapes passed between the drafting steps: plain spans into the article text, never copies of it.
import type { ArticleDocument, ReviewDoc } from '../../server/article/document-schema.ts';

export type Span = { start: number; end: number };
export type Sentence = Span & { paragraph: number };
export type Paragraph = Span;
export type ActorKind = ArticleDocument['actors'][number]['kind'];

/** What the drafter says about an item it proposes. */
export type Proposal = Required<ReviewDoc> & { status: 'proposed' };

export const propose = (confidence: number, reason: string): Proposal => ({
  status: 'proposed',
  confidence: Math.round(confidence * 100) / 100,
  reason,
});

/** The article as the steps see it: its text cut into paragraphs and sentences. */
export interface TextModel {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** A date expression found in the text, resolved to EDTF no more precise than the words. */
export interface DateMention extends Span {
  edtf: string;
  /** Why this EDTF: the rule that resolved the words. */
  note: string;
  /** The publication dateline, not a date of anything reported. */
  dateline: boolean;
}
