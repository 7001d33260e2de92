/**
 * The significant figures of the first number in a formatted text: "≈ €6.2 million" → 2,
 * "≈ 34,9 милиона €" → 3, "€1,000,000" → 1. Separators and no-break spaces inside the number are
 * skipped; leading and trailing zeros are not significant.
 */
export function shownFigures(text: string): number {
  const number = text.match(/\d[\d.,\u00a0\u202f]*/)?.[0] ?? '';
  return number.replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
}
