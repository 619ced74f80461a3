// Whether a query selects, anywhere under the resolving field, one of some named fields: how a resolver picks a
// lean store read (network-selection.ts, timeline-selection.ts). Type conditions and directives are ignored, so a
// name counts wherever it appears: a lean read is only ever a choice of cost, never of answer.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

export function selectsField(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  const under = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return names.has(s.name.value) || under(s.selectionSet);
      if (s.kind === Kind.INLINE_FRAGMENT) return under(s.selectionSet);
      // A fragment is looked at once: fragments may not cycle, but may be spread many times.
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return under(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((field) => under(field.selectionSet));
}
