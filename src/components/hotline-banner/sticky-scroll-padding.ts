/**
 * A sticky banner covers a strip of the window; WCAG 2.4.11 asks that the page's focused element
 * never hides under it. Browsers keep a focused element (and anchors, and scrollIntoView) clear
 * of the root's `scroll-padding`, so while a banner's bar is at an edge it adds the bar's height
 * to the root's `scroll-padding-top` or `-bottom`, and takes it away when the bar goes.
 *
 * One table serves the page: two banners on one edge add up, and the page's own scroll padding
 * (read once, before the first banner changes it) is kept underneath ours.
 */
export type StickyEdge = 'top' | 'bottom';

/** Room for a focus ring that extends past its element, so the ring is not cut by the bar either. */
export const FOCUS_RING_ROOM_PX = 8;

/** The block size each sticky banner claims at its edge. */
const claims = new Map<Element, {edge: StickyEdge; size: number}>();

/** The root's scroll padding before the first banner changed it: its inline value and what the page's CSS gives. */
let pageOwn: {inlineTop: string; inlineBottom: string; top: string; bottom: string} | undefined;

/** Claims `size` px of the root's scroll padding at `edge` for `owner` (replacing its earlier claim). */
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
    if (pageOwn) {
      root.style.scrollPaddingTop = pageOwn.inlineTop;
      root.style.scrollPaddingBottom = pageOwn.inlineBottom;
      pageOwn = undefined;
    }
    return;
  }
  if (!pageOwn) {
    const computed = getComputedStyle(root);
    pageOwn = {
      inlineTop: root.style.scrollPaddingTop,
      inlineBottom: root.style.scrollPaddingBottom,
      top: computed.scrollPaddingTop,
      bottom: computed.scrollPaddingBottom,
    };
  }
  root.style.scrollPaddingTop = paddingFor('top', pageOwn.top);
  root.style.scrollPaddingBottom = paddingFor('bottom', pageOwn.bottom);
}

/** Every banner's height at `edge` on top of the page's own padding there; the page's alone when none. */
function paddingFor(edge: StickyEdge, pageValue: string): string {
  let ours = 0;
  for (const claim of claims.values()) if (claim.edge === edge) ours += claim.size + FOCUS_RING_ROOM_PX;
  if (ours === 0) return edge === 'top' ? pageOwn!.inlineTop : pageOwn!.inlineBottom;
  return pageValue === 'auto' || pageValue === '0px' ? `${ours}px` : `calc(${pageValue} + ${ours}px)`;
}
