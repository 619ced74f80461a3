// Greedy word wrap by measured width (the same Helvetica metrics the layout uses), with a line limit.
import { textWidth, truncateToWidth, type FontSpec } from './text-width.ts';

export function wrapText(text: string, maxWidth: number, font: FontSpec, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, font) <= maxWidth || !line) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // Last allowed line: take the rest and cut it with an ellipsis.
      line = truncateToWidth(`${line} ${words.slice(i).join(' ')}`, maxWidth, font);
      lines.push(line);
      return lines;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(textWidth(line, font) <= maxWidth ? line : truncateToWidth(line, maxWidth, font));
  return lines;
}
