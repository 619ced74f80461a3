// What the writer reports to the seed command: which articles a failed batch held, or which ids to remove are unknown.

/** A batch of articles failed to write: none of them was written; the batches before it were. */
export class ArticleWriteError extends Error {
  constructor(
    readonly files: readonly string[],
    readonly sourceIds: readonly string[],
    options: { cause: unknown },
  ) {
    const reason = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(
      `writing ${files.length} article(s) failed and none of them was written: ${reason}\n${files.map((f, i) => `  ${f} (${sourceIds[i] ?? '?'})`).join('\n')}`,
      options,
    );
    this.name = 'ArticleWriteError';
  }
}

/** `--remove` named sources the graph does not hold; nothing was changed. */
export class UnknownSourceError extends Error {
  constructor(readonly sourceIds: readonly string[]) {
    super(`no source ${sourceIds.map((id) => `"${id}"`).join(', ')} in the graph; nothing was removed`);
    this.name = 'UnknownSourceError';
  }
}
