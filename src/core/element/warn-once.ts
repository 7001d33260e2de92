/**
 * A console warning that a page sees once per message, however many elements or renders hit the
 * same mistake (a bad attribute on fifty cards is one warning, not fifty).
 */
const warned = new Set<string>();

export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/**
 * How every element treats an attribute it cannot use: an empty one means "not set"; a bad one
 * is replaced by the fallback, and the page's developer is told once.
 */
export function attributeOr<T>(
  wanted: string | undefined,
  use: (value: string) => T | undefined,
  fallback: () => T,
  warning: (value: string) => string,
): T {
  const value = wanted?.trim();
  if (!value) return fallback();
  const used = use(value);
  if (used !== undefined) return used;
  warnOnce(warning(value));
  return fallback();
}
