// Requests Node's HTTP parser refuses before the app sees them (a 300 KB URL, malformed headers): Node's default
// answer is a status line with an empty body. This one is a JSON error like every other refusal, then the
// connection closes (the parser cannot go on with it).
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify({
      errors: [
        {
          message: tooLarge
            ? 'The request line and headers are too large (a URL or header past 16 KB); send the query in a POST body.'
            : 'The request is not valid HTTP.',
          extensions: { code: tooLarge ? 'REQUEST_HEADER_FIELDS_TOO_LARGE' : 'BAD_REQUEST' },
        },
      ],
    });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
