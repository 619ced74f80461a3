// d3-style getter/setter: `view.width()` reads, `view.width(600)` sets and returns the component.

export interface Accessor<T, Owner> {
  (): T;
  (value: T): Owner;
}

export function accessor<T, Owner>(owner: Owner, get: () => T, set: (value: T) => void): Accessor<T, Owner> {
  return ((...args: [] | [T]) => {
    if (args.length === 0) return get();
    set(args[0]);
    return owner;
  }) as Accessor<T, Owner>;
}

export type Accessors<Settings, Owner> = { [K in keyof Settings]-?: Accessor<Settings[K], Owner> };

/**
 * One getter/setter per field of `settings`, for `Object.assign(component, accessors(component, settings))`:
 * the component keeps its options in one object it reads at draw time, instead of a variable and a five-line
 * accessor per option.
 */
export function accessors<Settings extends object, Owner>(
  owner: Owner,
  settings: Settings,
): Accessors<Settings, Owner> {
  const out: Partial<Record<keyof Settings, unknown>> = {};
  for (const key of Object.keys(settings) as Array<keyof Settings>)
    out[key] = accessor(
      owner,
      () => settings[key],
      (value) => void (settings[key] = value),
    );
  return out as Accessors<Settings, Owner>;
}
