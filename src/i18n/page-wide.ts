/** A value every copy of hf-widgets on the page shares under `key`; the first copy creates it. */
export function pageWide<T>(key: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return (store[Symbol.for(key)] ??= create());
}
