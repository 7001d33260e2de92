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
