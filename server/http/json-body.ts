// A JSON POST body must be UTF-8 JSON before yoga reads it. Yoga's own parse error put the JSON parser's message
// in the answer, which quotes the body back to the sender; this one says what is wrong and where, never what was sent.
import type { RequestHandler } from 'express';

const JSON_TYPE = /^application\/json\s*(;|$)/i;

function refuse(message: string) {
  return { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] };
}

/** After the body is buffered (body-limit.ts): checks a JSON body decodes and parses, else 400 with a coded error. */
export function checkJsonBody(): RequestHandler {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return (req, res, next) => {
    const body: unknown = req.body;
    if (req.method !== 'POST' || !JSON_TYPE.test(req.get('content-type') ?? '') || !Buffer.isBuffer(body)) {
      next();
      return;
    }
    let text: string;
    try {
      text = decoder.decode(body);
    } catch {
      res.status(400).json(refuse('The request body is not valid UTF-8.'));
      return;
    }
    try {
      JSON.parse(text);
    } catch (e) {
      // V8 names the offset ("at position 37"); the rest of its message quotes the input.
      const position = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
      res
        .status(400)
        .json(refuse(`The request body is not valid JSON${position === undefined ? '' : ` (at byte ${position})`}.`));
      return;
    }
    next();
  };
}
