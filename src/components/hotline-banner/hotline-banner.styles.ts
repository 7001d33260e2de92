import {css} from 'lit';
import {sharedStyles} from '../../core/element/shared-styles.js';

export const hotlineBannerStyles = [
  sharedStyles,
  css`
    :host {
      --hf-loading-min-height: 9rem;
    }
    :host([position='top']),
    :host([position='bottom']) {
      position: sticky;
      z-index: var(--hf-z-index, 1000);
    }
    :host([position='top']) {
      inset-block-start: 0;
    }
    :host([position='bottom']) {
      inset-block-end: 0;
    }
    :host(:state(dismissed)) {
      position: static;
    }
    .banner {
      position: relative;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-inline-start: 0.4rem solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    /* A sticky banner never takes more than 40% of the window: the page stays readable beside
       it, and the banner scrolls inside itself. */
    :host([position='top']) .banner,
    :host([position='bottom']) .banner {
      max-block-size: 40vh;
      overflow-y: auto;
      overscroll-behavior: contain;
      box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.18);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: 0.5rem var(--_space);
    }
    .heading {
      flex: 1 1 14rem;
      margin: 0;
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.3;
      align-self: center;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-inline-start: auto;
    }
    .controls.standalone {
      justify-content: flex-end;
      margin-block-start: 0.5rem;
    }
    .intro {
      margin: 0.5rem 0 0.75rem;
      color: var(--_muted);
    }
    .head + .empty {
      margin-block-start: 0.75rem;
    }
    .lines {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .line {
      display: flex;
      flex-direction: column;
      gap: 0.1rem;
      padding: 0.6rem 0.75rem;
      /* Transparent, so forced colours draw it where the background is dropped. */
      border: 1px solid transparent;
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface-raised);
      min-inline-size: 0;
    }
    .name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .number {
      font-size: 1.35em;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
      /* Phone numbers read left to right in every script. */
      direction: ltr;
      unicode-bidi: isolate;
      align-self: flex-start;
      min-block-size: 44px;
      display: inline-flex;
      align-items: center;
    }
    .marks {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    /* A mark may be a source's whole qualifier ("Free from fixed and major mobile networks"):
       a softly rounded box, not a pill, so that it wraps cleanly. */
    .mark {
      padding: 0.05rem 0.45rem;
      border: 1px solid var(--_border);
      border-radius: 0.5rem;
      font-size: 0.8em;
      line-height: 1.45;
    }
    .audience {
      margin-block-start: 0.2rem;
      font-size: 0.9em;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
    .checked {
      margin: 0.75rem 0 0;
      font-size: 0.8em;
      color: var(--_muted);
    }
    .exit {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-block-size: 44px;
      min-inline-size: 44px;
      padding: 0.4rem 1rem;
      border: 2px solid transparent;
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_exit);
      color: var(--_exit-text);
      font-weight: 700;
      text-decoration: none;
      white-space: nowrap;
    }
    .exit:hover {
      text-decoration: underline;
    }
    .dismiss {
      display: inline-grid;
      place-items: center;
      inline-size: 44px;
      block-size: 44px;
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      background: transparent;
      color: var(--_text);
      cursor: pointer;
      font: inherit;
    }
    .dismiss:hover {
      background: var(--_surface-raised);
    }
    .dismiss svg {
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
    }
    .compact {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem var(--_space);
      padding: 0.35rem 0.75rem 0.35rem var(--_space);
    }
    .compact .lines {
      display: flex;
      flex-wrap: wrap;
      /* Below this width the controls move to a row of their own, so names stay readable. */
      flex: 1 1 14rem;
      min-inline-size: 0;
      gap: 0.25rem 1.25rem;
    }
    /* Name and number run as text: a name too long for the row wraps and its number follows
       the last word (a cut-off name would hide which line the number is for). */
    .compact .line {
      display: block;
      max-inline-size: 100%;
      padding: 0;
      border: 0;
      background: none;
    }
    /* Space before the number that disappears, unlike a margin, when the number wraps. */
    .compact .name {
      padding-inline-end: 0.2rem;
    }
    .compact .number {
      /* Rows stay tight for a mouse; a finger gets the full 44 px. */
      min-block-size: 2rem;
      font-size: 1.1em;
      vertical-align: baseline;
    }
    @media (pointer: coarse) {
      .compact .number {
        min-block-size: 44px;
      }
    }
    /* In a sticky bar each number stays beside its name, and a name too long for the row wraps
       beside it: a name is never cut, since a reader in danger must see which line they call.
       The bar itself is capped at 40% of the window and scrolls inside (see above). */
    :host([position='top']) .compact .line,
    :host([position='bottom']) .compact .line {
      display: flex;
      flex-direction: row;
      align-items: center;
      gap: 0 0.5rem;
    }
    :host([position='top']) .compact .name,
    :host([position='bottom']) .compact .name {
      /* Lets the name shrink and wrap (.name wraps anywhere) instead of pushing the number out. */
      min-inline-size: 0;
    }
    :host([position='top']) .compact .number,
    :host([position='bottom']) .compact .number {
      flex: none;
    }
    .compact .controls {
      flex: none;
      flex-wrap: nowrap;
    }
    .compact .empty {
      flex: 1 1 auto;
      padding: 0.25rem 0;
      border: 0;
    }
    @media (forced-colors: active) {
      .banner {
        border-color: CanvasText;
      }
      .exit {
        border-color: ButtonText;
        background: ButtonFace;
        color: ButtonText;
        forced-color-adjust: none;
      }
      .dismiss svg {
        stroke: ButtonText;
      }
    }
    @media print {
      :host([position]) {
        position: static;
      }
      .banner {
        max-block-size: none !important;
        overflow: visible !important;
        box-shadow: none !important;
        border-color: #000;
      }
      .controls {
        display: none;
      }
    }
  `,
];
