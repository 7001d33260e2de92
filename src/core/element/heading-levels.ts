/**
 * The ARIA heading levels an element uses for `heading-level`: the requested level for its own
 * heading when it is 2 to 6 (anything else gives 2: level 1 is the page's), and the next level,
 * at most 6, for its sections.
 */
export function headingLevels(requested: number): [heading: number, subheading: number] {
  const level = Math.trunc(requested);
  const heading = level >= 2 && level <= 6 ? level : 2;
  return [heading, Math.min(heading + 1, 6)];
}
