// What the store contract files share: one page large enough for the seed articles, and reading ids and nodes
// out of a store's pages.
export const PAGE = { first: 100, after: null };
export const ids = (xs: ReadonlyArray<{ id: string }>) => xs.map((x) => x.id);
export const nodes = <T>(p: { items: Array<{ node: T }> }) => p.items.map((i) => i.node);
