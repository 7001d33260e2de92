/**
 * "Another page" for a quick exit: an exit address that is the reader's page in another spelling
 * would reload the page they are fleeing. Servers commonly treat these spellings as one page, so
 * they are compared as one: case, percent-encoding, repeated slashes, a trailing slash, a
 * trailing `index.html` (or `default.aspx`, `index.php` …), `;params` in a path segment, the
 * scheme, the port, the query and the fragment. Of host names, only those that always name this
 * very machine are one (`localhost`, `*.localhost`, `127.x.x.x`, `[::1]`): other aliases (a `www.`
 * name, a second domain) may or may not be the same server, and no page can tell.
 */

/** Loopback names: whatever server answers one of them answers them all. */
const LOOPBACK = /^(?:(?:[^.]+\.)*localhost|127(?:\.\d{1,3}){3}|\[::1\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/;

/** Host names without the trailing dot that names the same host. */
const hostOf = (address: URL): string => address.hostname.replace(/\.$/, '');

/** The page an address names, in one spelling: host name and normalized path. */
export function pageKey(address: URL): string {
  const path = address.pathname
    // Each segment decoded on its own: one that does not decode stays as it is.
    .replace(/[^/]+/g, (segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .toLowerCase()
    // Path parameters (`;jsessionid=…`) name no other page.
    .replace(/;[^/]*/g, '')
    .replace(/\/{2,}/g, '/')
    // A directory's default document is the directory.
    .replace(/\/(?:index|default)(?:\.[a-z0-9]{1,5})?$/, '/')
    .replace(/\/+$/, '');
  const host = hostOf(address);
  return `${LOOPBACK.test(host) ? 'localhost' : host}${path}`;
}

/** True when `url` names the same page as `page`, in any of the spellings above. */
export function isSamePage(url: string, page: string): boolean {
  try {
    return pageKey(new URL(url, page)) === pageKey(new URL(page));
  } catch {
    return false;
  }
}

/**
 * True when `url` may be one of the pages around the reader: this document, or, in a frame, the
 * page that holds it (which is what the exit replaces), in another spelling; or any address on a
 * host of which only the name is known (a frame cannot tell which page of that site holds it, so
 * no page there counts as "another page"). Of a page that holds the frame from another origin only
 * what the browser tells is known: its address from `document.referrer` when the referrer policy
 * lets the path through, else only its host (the referrer's origin, `location.ancestorOrigins`).
 */
export function mayBeSurroundingPage(url: string): boolean {
  const pages = [location.href];
  const hosts: string[] = [];
  if (window.top !== window) {
    try {
      // A parent of the same origin can be read exactly.
      pages.push(window.top!.location.href);
    } catch {
      // Another origin.
      if (document.referrer) {
        const referrer = new URL(document.referrer);
        // A referrer cut to its origin ends in "/": then the page's path is unknown.
        if (referrer.pathname !== '/' || referrer.search) pages.push(referrer.href);
        else hosts.push(hostOf(referrer));
      }
      for (const origin of location.ancestorOrigins ?? []) {
        try {
          hosts.push(hostOf(new URL(origin)));
        } catch {
          // An opaque origin ("null"): nothing to compare.
        }
      }
    }
  }
  try {
    return pages.some((page) => isSamePage(url, page)) || hosts.includes(hostOf(new URL(url)));
  } catch {
    return false;
  }
}
