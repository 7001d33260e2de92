/**
 * What a sticky banner does to the host page, and undoes. Its bar is fixed at a window edge, so
 * while it is there the banner claims the bar's height at that edge of the root (`<html>`):
 * - as `padding-top` or `padding-bottom`, so the page's first (or last) lines can be scrolled out
 *   from under the bar wherever the banner stands in the page;
 * - as `scroll-padding-top` or `scroll-padding-bottom` (plus room for a focus ring), so the
 *   browser keeps a focused element, anchors and scrollIntoView clear of it (WCAG 2.4.11).
 * Both go when the bar goes (removed, dismissed without quick exit, back in the flow).
 *
 * One table serves the page: two banners on one edge add up, and the page's own values (read
 * once, before the first banner changes them) are kept underneath ours.
 */
export type StickyEdge = 'top' | 'bottom';

/** Room for a focus ring that extends past its element, so the ring is not cut by the bar either. */
export const FOCUS_RING_ROOM_PX = 8;

/** The root's properties a claim adds to, at each edge. */
const PROPERTIES = {
  scrollPadding: {top: 'scrollPaddingTop', bottom: 'scrollPaddingBottom', extra: FOCUS_RING_ROOM_PX},
  padding: {top: 'paddingTop', bottom: 'paddingBottom', extra: 0},
} as const;
type Property = keyof typeof PROPERTIES;
type RootStyleName = (typeof PROPERTIES)[Property]['top' | 'bottom'];

/** The block size each sticky banner claims at its edge. */
const claims = new Map<Element, {edge: StickyEdge; size: number}>();

/** The root's own values before the first banner changed them: the inline one and what the page's CSS gives. */
let pageOwn: Map<RootStyleName, {inline: string; computed: string}> | undefined;

/** Claims `size` px at `edge` of the root for `owner` (replacing its earlier claim). */
export function claimScrollPadding(owner: Element, edge: StickyEdge, size: number): void {
  const claim = claims.get(owner);
  if (claim?.edge === edge && claim.size === size) return;
  claims.set(owner, {edge, size});
  applyClaims();
}

/** Gives back what `owner` claimed, if anything. */
export function releaseScrollPadding(owner: Element): void {
  if (claims.delete(owner)) applyClaims();
}

function applyClaims(): void {
  const root = document.documentElement;
  if (claims.size === 0) {
    for (const [name, own] of pageOwn ?? []) root.style[name] = own.inline;
    pageOwn = undefined;
    return;
  }
  if (!pageOwn) {
    // Read with our own values out of the way, then keep them underneath ours.
    const computed = getComputedStyle(root);
    pageOwn = new Map();
    for (const property of Object.values(PROPERTIES)) {
      for (const name of [property.top, property.bottom]) pageOwn.set(name, {inline: root.style[name], computed: computed[name]});
    }
  }
  for (const property of Object.keys(PROPERTIES) as Property[]) {
    for (const edge of ['top', 'bottom'] as const) {
      const name = PROPERTIES[property][edge];
      root.style[name] = valueFor(edge, PROPERTIES[property].extra, pageOwn.get(name)!);
    }
  }
}

/** Every banner's claim at `edge` (each plus `extra`) on top of the page's own value; the page's alone when none. */
function valueFor(edge: StickyEdge, extra: number, own: {inline: string; computed: string}): string {
  let ours = 0;
  for (const claim of claims.values()) if (claim.edge === edge) ours += claim.size + extra;
  if (ours === 0) return own.inline;
  return own.computed === 'auto' || own.computed === '0px' ? `${ours}px` : `calc(${own.computed} + ${ours}px)`;
}
