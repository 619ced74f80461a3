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
