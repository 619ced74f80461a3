// The one error a request's arguments raise when they are wrong, whatever carried them: GraphQL answers it as
// BAD_USER_INPUT with the argument in its extensions (graphql/user-input.ts), the export routes as a 400 JSON body
// with the same code and message (export/export-errors.ts). It names the argument so a client can point at it.

/** What a client can branch on; every transport passes it through unchanged. */
export const BAD_USER_INPUT = 'BAD_USER_INPUT';

export class InputError extends Error {
  readonly code = BAD_USER_INPUT;

  /** `argument` is the argument's name (or path, e.g. `laneBy`); `problem` says what is wrong, for a person. */
  constructor(
    readonly argument: string,
    problem: string,
    /** The whole message, when it already names what was wrong (a cursor quotes itself). */
    message = `${argument}: ${problem}`,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
