/**
 * The return marker: one sessionStorage key saying when this tab last left a page through quick
 * exit, so that a return to a page of the site through history (Back, Forward, the
 * back/forward cache) finds it hidden and leaves again. It holds no personal data and no address:
 * the time of the exit, and how many times in a row an exit came straight back (a redirect).
 *
 * Its value always has the same length, and a placeholder of that length is written when the
 * library first loads in a tab: writing the marker over it then needs no more room, so a site
 * that later fills sessionStorage to its quota cannot make the marker fail. A site that empties
 * sessionStorage and fills it before the exit takes that room back: then only a page restored from
 * the back/forward cache knows (from memory). No cookie: the library sets none (DESIGN.md), and one
 * would tell the site's server that this reader fled.
 */
/** Storage keys of this library start with this; quick exit removes its localStorage keys. */
export const STORAGE_PREFIX = 'hf-widgets:';

/** The sessionStorage key of the return marker. */
export const EXIT_MARKER_KEY = `${STORAGE_PREFIX}exited`;

/** How long after an exit a return to a page in the same tab through history leaves again. */
export const EXIT_MARKER_MS = 30 * 60 * 1000;

export interface ExitMarker {
  /** When the exit happened (ms since the epoch), never later than now when read. */
  at: number;
  /** How many exits in a row came straight back to a page of this site (0–9). */
  bounces: number;
}

/** A count of bounces as stored: 0 to 9, one digit. */
const oneDigit = (bounces: number): number => Math.min(Math.max(bounces, 0), 9);

/** Thirteen digits hold any millisecond time from 2001 to 2286: the value never changes length. */
const serialize = (marker: ExitMarker): string =>
  JSON.stringify({at: String(Math.trunc(marker.at)).padStart(13, '0').slice(-13), bounces: oneDigit(marker.bounces)});

/** The placeholder: a time long past, so it is never an active marker. */
const PLACEHOLDER = serialize({at: 0, bounces: 0});

/** The last exit in this document's life, kept in memory for a page restored from the back/forward cache when storage failed. */
let exitInMemory: ExitMarker | undefined;

/**
 * Writes the placeholder where a marker (or placeholder) is stored when `overStored`, else where
 * none is. Full or refused storage: the marker will try again at the exit.
 */
function writePlaceholder(overStored: boolean): void {
  try {
    if ((sessionStorage.getItem(EXIT_MARKER_KEY) !== null) === overStored) sessionStorage.setItem(EXIT_MARKER_KEY, PLACEHOLDER);
  } catch {
    // Nothing to do: see above.
  }
}

/** Writes the placeholder unless a marker (or placeholder) is already there. */
export function reserveExitMarker(): void {
  writePlaceholder(false);
}

export function writeExitMarker(marker: ExitMarker): void {
  exitInMemory = marker;
  try {
    sessionStorage.setItem(EXIT_MARKER_KEY, serialize(marker));
  } catch {
    // Storage was emptied and filled by the site before the exit, or is refused: only a page
    // restored from the back/forward cache knows, from memory (docs/privacy-security.md).
  }
}

/** How far ahead of the clock a marker's time may be: a clock set back a little since the exit. */
const CLOCK_LEEWAY_MS = 60_000;

/**
 * The marker of an exit within the last 30 minutes, or undefined (an expired one is put back to
 * the placeholder). Read defensively: anything but the marker's own shape is no marker, and so is
 * a time more than a minute ahead of the clock (only a forged marker holds one; capping it to
 * "now" would make every later fresh load look like a bounce).
 */
export function activeExitMarker(now = Date.now()): ExitMarker | undefined {
  let marker: ExitMarker | undefined;
  try {
    // A missing marker (null) parses as null.
    const {at, bounces} = (JSON.parse(sessionStorage.getItem(EXIT_MARKER_KEY)!) ?? {}) as {at?: unknown; bounces?: unknown};
    // A minute's leeway for a clock set back between the exit and the return.
    if (typeof at === 'string' && /^\d{13}$/.test(at) && Number.isInteger(bounces) && +at <= now + CLOCK_LEEWAY_MS) {
      marker = {at: Math.min(+at, now), bounces: oneDigit(bounces as number)};
    }
  } catch {
    // Unreadable storage or a value that is not ours: no marker from storage.
  }
  // Memory knows of an exit that storage could not take.
  if (exitInMemory && (!marker || exitInMemory.at > marker.at)) marker = exitInMemory;
  if (marker && now - marker.at < EXIT_MARKER_MS) return marker;
  clearExitMarker();
  return undefined;
}

/** Forgets the exit: back to the placeholder, keeping the room reserved. */
export function clearExitMarker(): void {
  exitInMemory = undefined;
  writePlaceholder(true);
}
