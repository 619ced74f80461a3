// Strips comments and collapses whitespace outside quotes. Why: neo4j-driver 5 writes Bolt messages in 1400-byte
// chunks and never sets TCP_NODELAY, so a query text over ~1.4 KB waits ~40 ms for the server's delayed ACK
// (measured: 3 ms -> 48 ms). The commented files stay readable; the wire gets the short form.

export function minifyCypher(text: string): string {
  let out = '';
  let i = 0;
  let pendingSpace = false;
  const emit = (s: string) => {
    if (pendingSpace && out.length > 0) out += ' ';
    pendingSpace = false;
    out += s;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      pendingSpace = true;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      pendingSpace = true;
    } else if (/\s/.test(c)) {
      i++;
      pendingSpace = true;
    } else if (c === "'" || c === '"' || c === '`') {
      // A quoted string or identifier, copied verbatim: backslash escapes in strings, doubled backticks in names.
      let j = i + 1;
      while (j < text.length) {
        if (text[j] === '\\' && c !== '`') j += 2;
        else if (text[j] === c && c === '`' && text[j + 1] === '`') j += 2;
        else if (text[j] === c) break;
        else j++;
      }
      emit(text.slice(i, j + 1));
      i = j + 1;
    } else {
      emit(c);
      i++;
    }
  }
  return out.trim();
}
