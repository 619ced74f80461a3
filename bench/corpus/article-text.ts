// Builds an article's text piece by piece and hands back evidence spans that really slice it.
import type { SpanDoc } from '../../server/article/document-schema.ts';

export class ArticleText {
  private text = '';

  get length(): number {
    return this.text.length;
  }

  /** Appends `s` and returns its span. */
  write(s: string): SpanDoc {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length, quote: s };
  }

  /** The span from `start` to the current end (a whole sentence written in several pieces). */
  since(start: number): SpanDoc {
    return { start, end: this.text.length, quote: this.text.slice(start) };
  }

  toString(): string {
    return this.text;
  }
}
