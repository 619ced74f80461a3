// Where an InputError (server/input) becomes the GraphQL error clients can act on: BAD_USER_INPUT, with the
// argument in its extensions. The export routes answer the same error as a 400 body (export/export-errors.ts).
import { createGraphQLError } from 'graphql-yoga';
import { InputError } from '../input/input-error.ts';

export function badUserInput(e: InputError) {
  return createGraphQLError(e.message, { extensions: { code: e.code, argument: e.argument } });
}

/** Runs a validation and turns an InputError into the GraphQL error. */
export function graphqlArgs<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof InputError) throw badUserInput(e);
    throw e;
  }
}

/** graphqlArgs for work that fails later: an export over the item cap is the caller's to narrow. */
export async function userInputAsync<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof InputError) throw badUserInput(e);
    throw e;
  }
}
