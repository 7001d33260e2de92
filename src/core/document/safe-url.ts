/** Schemes a link in the data may use. Anything else (`javascript:`, `data:`, …) is refused. */
export const SAFE_LINK_SCHEMES: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:', 'tel:']);
const WEB_SCHEMES = new Set(['https:', 'http:']);

/** The scheme a browser reads in `url` (`https:`), or undefined when it cannot be parsed. */
export function schemeOf(url: string): string | undefined {
  // The common case without the full parser: nothing is stripped before a leading "https://".
  if (/^https:\/\/[^\s\\]/i.test(url)) return 'https:';
  try {
    // The URL parser strips the tabs, newlines and control characters that browsers also strip,
    // so "java\tscript:" is seen for what it is. Relative URLs resolve to https: here.
    return new URL(url, 'https://relative.invalid/').protocol;
  } catch {
    return undefined;
  }
}

/** True for an `https:`, `http:`, `mailto:` or `tel:` URL, or a relative one. */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme !== undefined && SAFE_LINK_SCHEMES.has(scheme);
}

/** True for an `https:` or `http:` URL, or a relative one: where a page may be sent or fetched. */
export function isWebUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme !== undefined && WEB_SCHEMES.has(scheme);
}
