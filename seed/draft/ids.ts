// Kebab-case ids as the article format wants them: about the world ("us-lawmakers"), never about the article.
export function slug(words: string, max = 60): string {
  const s = words
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '') || 'item';
}

/** Hands out ids, adding -2, -3 ... when one is taken (ids are unique across a whole document). */
export function idAllocator(taken: Iterable<string> = []) {
  const used = new Set(taken);
  return (wanted: string): string => {
    let id = wanted;
    for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
    used.add(id);
    return id;
  };
}

/** Lower-case, no dots or possessive, single spaces: how names are compared. */
export function normName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[.’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
