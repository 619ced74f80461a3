// A draft is never served as fact: every item `npm run draft` proposed must have been reviewed by a person.
import type { ArticleIssue } from './article-validation-error.ts';
import type { ArticleDocument, ReviewDoc } from './document-schema.ts';

type Reviewed = { review?: ReviewDoc | undefined };

/** One issue per item still marked proposed, saying how to review it. */
export function unreviewedIssues(file: string, doc: ArticleDocument): ArticleIssue[] {
  const lists: Array<[string, readonly Reviewed[]]> = [
    ['source.citations', doc.source.citations],
    ['actors', doc.actors],
    ['events', doc.events],
    ['statements', doc.statements],
    ['relationships', doc.relationships],
  ];
  const issues: ArticleIssue[] = [];
  for (const [name, items] of lists) {
    items.forEach((item, i) => {
      if (item.review?.status !== 'proposed') return;
      issues.push({
        path: `${name}[${i}].review`,
        message:
          `still proposed by the drafter (${item.review.reason ?? 'no reason given'}); ` +
          `review it first: npm run draft -- --review ${file}`,
      });
    });
  }
  return issues;
}
