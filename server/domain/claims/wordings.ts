// When two texts of one statement are wordings of the same quote rather than different quotes.

const NOT_A_WORD_CHARACTER = /[^\p{L}\p{N}]+/gu;

/** Lower case, punctuation and spacing dropped: "No, President Trump." -> "no president trump". */
export function normaliseWording(text: string): string {
  return text.toLowerCase().replace(NOT_A_WORD_CHARACTER, ' ').trim();
}

/** Same words once punctuation, case and spacing are ignored, or one is a part of the other. */
export function sameQuote(a: string, b: string): boolean {
  const [x, y] = [normaliseWording(a), normaliseWording(b)];
  return x.includes(y) || y.includes(x);
}

/** True when every pair of texts is a wording of the same quote. */
export function allWordingsOfOneQuote(texts: readonly string[]): boolean {
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) if (!sameQuote(texts[i]!, texts[j]!)) return false;
  return true;
}
