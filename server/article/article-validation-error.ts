export interface ArticleIssue {
  /** Dotted path into the document, e.g. `events[2].date`. */
  path: string;
  message: string;
}

/** An article document that cannot be loaded; names the file and every field at fault. */
export class ArticleValidationError extends Error {
  constructor(
    readonly file: string,
    readonly issues: ArticleIssue[],
  ) {
    super(
      `${file}: invalid article document\n${issues.map((i) => `  - ${i.path || '(document)'}: ${i.message}`).join('\n')}`,
    );
    this.name = 'ArticleValidationError';
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
