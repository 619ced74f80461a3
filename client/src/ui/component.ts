import type { Dispatch } from 'd3-dispatch';
import { accessors } from './accessor.ts';

/**
 * Makes the draw function `view` a d3-style component, typed by the component's interface `Owner`: a
 * getter/setter per field of `settings` (see `accessors`) and `on(type, listener)`, which registers with the
 * component's dispatch and returns the component so calls chain. The views all had this tail written out; the
 * cast to d3's untyped callback now lives here once. The caller adds any further methods.
 */
export function d3Component<Owner extends { on: unknown }>(
  view: object,
  listeners: Dispatch<object>,
  settings: object = {},
): Owner {
  const component = view as Owner;
  Object.assign(component, accessors(component, settings));
  component.on = ((type: string, listener: (...args: unknown[]) => void) => {
    listeners.on(type, listener);
    return component;
  }) as Owner['on'];
  return component;
}
