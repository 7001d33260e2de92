import {css} from 'lit';
import {sharedStyles} from '../../core/element/shared-styles.js';

export const hotlineBannerStyles = [
  sharedStyles,
  css`
    :host {
      --hf-loading-min-height: 9rem;
      /* The banner's own width decides between one row and two (compact), not the window's. */
      container-type: inline-size;
    }
    /* A sticky banner is a bar fixed at the window's edge, wherever the banner stands in the
       page (sticky positioning would let it scroll away with its parent); the page makes room
       for it at that edge (sticky-scroll-padding.ts). The host has no containment then: it
       would hold the fixed bar inside the host's own box. */
    :host([position='top']),
    :host([position='bottom']) {
      container-type: normal;
    }
    .frame {
      position: fixed;
      inset-inline: 0;
      z-index: var(--hf-z-index, 1000);
      /* The bar's width decides its layout. */
      container-type: inline-size;
    }
    :host([position='top']) .frame {
      inset-block-start: 0;
    }
    :host([position='bottom']) .frame {
      inset-block-end: 0;
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
    /* A sticky bar spans the window and keeps its padding tight: every pixel of it is taken from
       the page. */
    .frame > .banner {
      padding: 0.25rem 0.5rem;
      border-inline-end: 0;
      border-inline-start-width: 0.3rem;
      border-radius: 0;
      box-shadow: 0 0 0.75rem rgb(0 0 0 / 0.2);
    }
    :host([position='top']) .frame > .banner {
      border-block-start: 0;
    }
    :host([position='bottom']) .frame > .banner {
      border-block-end: 0;
    }
    /* Sticky and compact banners: the exit first, the numbers beside it (wide) or under it, and
       the dismiss button at the far end. Only the numbers may scroll, never the exit. */
    .exit-first {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.5rem;
    }
    /* The exit takes the row with the dismiss button: with 200 % text its words wrap inside it
       before the dismiss button is pushed to a row of its own. */
    .exit-slot {
      flex: 1 1 0;
      min-inline-size: 0;
    }
    /* The dismiss button sits at the far end of the exit's row (it comes last for the keyboard);
       when large text leaves no room beside the exit, it takes a row of its own. */
    .dismiss-slot {
      order: 1;
      margin-inline-start: auto;
    }
    .numbers {
      order: 2;
      flex: 1 1 100%;
      min-inline-size: 0;
    }
    /* Where the exit cannot fit on one line (400 % zoom, 200 % text), its words wrap inside it
       rather than push it out of the window. */
    .exit-slot .exit,
    .dismissed-bar .exit {
      white-space: normal;
      text-align: center;
    }
    /* The button that opens the numbers shows only when the bar is folded to one row: the whole
       banner would take more than about a third of the window (sticky-bar.ts decides). */
    .bar-button.toggle {
      display: none;
    }
    :host(:state(folded)) .bar-button.toggle {
      display: inline-flex;
    }
    :host(:state(folded)) .exit-first,
    .frame > .dismissed-bar {
      flex-wrap: nowrap;
      align-items: center;
      gap: 0.3rem;
    }
    /* Folded, the numbers open over the page, beside the bar: as wide as the window and as high
       as the rest of it, scrolling there if they must (the exit stays in the bar). Closed, they
       are laid out but hidden, from sight and from assistive technology alike. */
    :host(:state(folded)) .numbers {
      position: absolute;
      inset-inline: 0;
      max-block-size: calc(100dvh - var(--_bar-block-size, 0px));
      overflow-y: auto;
      overscroll-behavior: contain;
      padding: 0.75rem var(--_space);
      border: 1px solid var(--_border);
      border-inline-start: 0.3rem solid var(--_accent);
      background: var(--_surface);
      box-shadow: 0 0 0.75rem rgb(0 0 0 / 0.2);
      visibility: hidden;
    }
    :host(:state(folded)) .numbers.open {
      visibility: visible;
    }
    :host([position='bottom']:state(folded)) .numbers {
      inset-block-end: 100%;
    }
    :host([position='top']:state(folded)) .numbers {
      inset-block-start: 100%;
    }
    .numbers:focus {
      outline: none;
    }
    /* The one-row bar keeps to a third of even a very short window with very large text: its
       controls' text is never taller than 8 % of the window (the opened numbers keep the
       reader's full text size), and the exit takes the room its words need first. */
    :host(:state(folded)) :is(.exit-slot, .toggle),
    .frame > .dismissed-bar > :is(.exit, .restore) {
      font-size: min(1em, 8vh);
    }
    :host(:state(folded)) .exit-slot {
      flex: 1 1 auto;
    }
    :host(:state(folded)) .exit,
    .frame > .dismissed-bar > .exit {
      padding: 0.25em 0.6em;
      line-height: 1.15;
    }
    /* In a sticky bar the heading is a label, not a headline: it leaves room for the numbers. */
    .sticky:not(.compact) .heading {
      font-size: 1em;
    }
    .numbers > .heading + .intro {
      margin-block-start: 0.25rem;
    }
    .dismissed-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      padding-block: 0.35rem;
    }
    /* At an edge the dismissed bar is one row too: the exit's words wrap before the row does. */
    .frame > .dismissed-bar > .exit {
      min-inline-size: 0;
    }
    /* The banner's secondary buttons: "Show help numbers" (to open the numbers, or bring the
       banner back) and the dismiss cross. */
    .bar-button,
    .dismiss {
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      background: transparent;
      color: var(--_text);
      cursor: pointer;
      font: inherit;
    }
    .bar-button:hover,
    .dismiss:hover {
      background: var(--_surface-raised);
    }
    .bar-button {
      flex: none;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.4em;
      min-block-size: 44px;
      min-inline-size: 44px;
      padding: 0.25em 0.75em;
      line-height: 1.15;
    }
    .bar-button svg {
      flex: none;
      inline-size: 20px;
      block-size: 20px;
      fill: currentColor;
    }
    .toggle[aria-expanded='true'] {
      border-color: currentColor;
      background: var(--_surface-raised);
    }
    /* Where the row has no room for its words, the handset stands for them (they stay the
       button's name for assistive technology). */
    @container (max-inline-size: 30em) {
      .bar-button {
        padding-inline: 0.5rem;
      }
      .bar-button-label {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
    .emergency {
      margin: 0.5rem 0 0;
      font-weight: 600;
    }
    .emergency .number {
      display: inline-flex;
      min-inline-size: 44px;
      justify-content: center;
    }
    .fallback > .emergency {
      margin-block-end: 0.5rem;
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
      /* Never wider than the banner, however large the text: a number stays on one line. */
      font-size: min(1.35em, 8cqi);
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
    .exit {
      position: relative;
    }
    .exit:hover {
      text-decoration: underline;
    }
    /* Shift presses counted so far, as three lights along the exit control's lower edge. */
    .shift-lights {
      position: absolute;
      inset-inline: 0;
      inset-block-end: 0.2rem;
      display: flex;
      justify-content: center;
      gap: 0.3rem;
      pointer-events: none;
    }
    .light {
      inline-size: 0.45rem;
      block-size: 0.45rem;
      border: 1px solid currentColor;
      border-radius: 50%;
      transition: background-color 0.15s ease-out;
    }
    .light.lit {
      background: currentColor;
    }
    @media (prefers-reduced-motion: reduce) {
      .light {
        transition: none;
      }
    }
    .dismiss {
      display: inline-grid;
      place-items: center;
      inline-size: 44px;
      block-size: 44px;
      padding: 0;
    }
    .dismiss svg {
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
    }
    .compact {
      padding: 0.35rem 0.75rem 0.35rem var(--_space);
    }
    /* On a wide row the compact banner is one line: exit, numbers, dismiss. */
    @container (min-inline-size: 36rem) {
      .compact.exit-first {
        flex-wrap: nowrap;
        align-items: center;
      }
      .compact .exit-slot {
        flex: none;
      }
      .compact .numbers {
        order: 1;
        flex: 1 1 0;
      }
      .compact .dismiss-slot {
        order: 2;
      }
    }
    .compact .lines {
      display: flex;
      flex-wrap: wrap;
      min-inline-size: 0;
      gap: 0.25rem 1.25rem;
    }
    /* Name and number run as text, in a sticky bar too: a name too long for the row wraps and its
       number follows the last word as one piece (a cut-off name would hide which line the number
       is for, and a number split over two lines would be misread). */
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
      font-size: min(1.1em, 8cqi);
      vertical-align: baseline;
    }
    @media (pointer: coarse) {
      .compact .number {
        min-block-size: 44px;
      }
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
      .bar-button {
        border-color: ButtonText;
      }
    }
    /* On paper a sticky banner is a plain box where it stands, with its numbers, and without the
       controls that only work on screen. */
    @media print {
      .frame,
      .numbers {
        position: static !important;
      }
      .numbers {
        max-block-size: none !important;
        overflow: visible !important;
        visibility: visible !important;
        padding: 0 !important;
        border: 0 !important;
      }
      .banner,
      .numbers {
        box-shadow: none !important;
        border-color: #000;
      }
      .controls,
      .exit-slot,
      .dismiss-slot,
      .dismissed-bar,
      .toggle {
        display: none !important;
      }
    }
  `,
];
