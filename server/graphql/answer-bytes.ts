// A GraphQL answer's UTF-8 bytes, written once into a reusable buffer. Sent as the string yoga makes, a 200 KB
// answer was measured three times over on a distinct month page: its UTF-8 length counted for Content-Length
// (`Buffer.byteLength`), then encoded again as Node wrote it to the socket (`writeUtf8String`), together a quarter
// of a request's CPU; one answer with a curly quote is a two-byte string, slower still. TextEncoder.encodeInto
// writes it in one pass (simdutf, several times faster than either), and into a buffer that is reused once the
// response is done, so no 200 KB is allocated outside the heap per request (docs/benchmarks.md: fresh buffers drove
// V8's full collections over the whole in-memory graph).

/** The bytes of one answer, lent out of a pool: released when the response that sends them has closed. */
export interface LentBytes {
  bytes: Uint8Array<ArrayBuffer>;
  release(): void;
}

const encoder = new TextEncoder();

export class AnswerBuffers {
  private readonly free: Uint8Array<ArrayBuffer>[] = [];
  private made = 0;

  constructor(
    /** Bytes per buffer: an answer larger than this is sent as yoga's string. */
    readonly bufferBytes = 1024 * 1024,
    /** Buffers at most (lent and free): more concurrent answers than this are sent as strings. */
    readonly maxBuffers = 16,
  ) {}

  /** The answer's bytes in a pooled buffer, or null when none is free or it does not fit (send the string). */
  encode(text: string): LentBytes | null {
    // A UTF-8 answer is at least as long as its string; one that cannot fit is not tried.
    if (text.length > this.bufferBytes) return null;
    const buffer = this.free.pop() ?? (this.made < this.maxBuffers ? this.make() : null);
    if (!buffer) return null;
    const { read, written } = encoder.encodeInto(text, buffer);
    if (read < text.length) {
      this.free.push(buffer);
      return null;
    }
    let released = false;
    return {
      bytes: buffer.subarray(0, written),
      release: () => {
        if (released) return;
        released = true;
        this.free.push(buffer);
      },
    };
  }

  private make(): Uint8Array<ArrayBuffer> {
    this.made++;
    // Its own ArrayBuffer (not Node's shared Buffer pool): it is handed back and written over, so it must be ours alone.
    return new Uint8Array(this.bufferBytes);
  }
}
