import type { SelectionRef } from '../../../core/view-state/view-state.ts';

/** Whether two selections name the same item (both null: nothing selected either way). */
export function sameRef(a: SelectionRef | null, b: SelectionRef | null): boolean {
  return a?.type === b?.type && a?.id === b?.id;
}
