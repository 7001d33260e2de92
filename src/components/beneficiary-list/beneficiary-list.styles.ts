import {css} from 'lit';
import {frameStyles} from '../../core/element/framed-styles.js';
import {sharedStyles} from '../../core/element/shared-styles.js';

export const beneficiaryListStyles = [
  sharedStyles,
  frameStyles,
  css`
    :host {
      --hf-loading-min-height: 14rem;
    }
    .filter {
      display: flex;
      flex-direction: column;
      gap: 0.2rem;
      margin-block-end: 0.75rem;
      max-inline-size: 32rem;
    }
    .filter-label {
      font-weight: 600;
    }
    .filter-hint,
    .count {
      font-size: 0.875em;
      color: var(--_muted);
    }
    .filter-input {
      inline-size: 100%;
      min-block-size: 44px;
      margin-block-start: 0.25rem;
      padding: 0.4rem 0.75rem;
      /* The border is all that shows the field: the muted colour keeps it at 3:1 or more. */
      border: 2px solid var(--_muted);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
    .filter-input:hover {
      border-color: var(--_text);
    }
    .count {
      margin: 0.2rem 0 0;
      font-variant-numeric: tabular-nums;
    }
    .groups {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .group {
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      overflow: clip;
    }
    .group-heading {
      margin: 0;
      font-size: 1em;
    }
    .toggle {
      display: flex;
      align-items: center;
      gap: 0.6rem;
      inline-size: 100%;
      min-block-size: 44px;
      padding: 0.5rem 0.75rem;
      border: 0;
      background: var(--_surface-raised);
      color: var(--_text);
      font: inherit;
      font-weight: 600;
      line-height: 1.3;
      text-align: start;
      cursor: pointer;
    }
    .toggle:hover .group-label {
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .toggle:focus-visible {
      /* Inside the group's clipped box an outer ring would be cut off. */
      outline-offset: -3px;
      box-shadow: inset 0 0 0 5px var(--_text);
    }
    .group-label {
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .group-count {
      flex: none;
      min-inline-size: 1.75rem;
      padding: 0 0.45rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface);
      font-size: 0.8em;
      font-weight: 600;
      line-height: 1.6;
      text-align: center;
      font-variant-numeric: tabular-nums;
    }
    .chevron {
      flex: none;
      margin-inline-start: auto;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    [aria-expanded='true'] .chevron {
      transform: rotate(180deg);
    }
    @media (prefers-reduced-motion: no-preference) {
      .chevron {
        transition: transform 0.15s ease-out;
      }
    }
    .members {
      /* The last row's rules fall just outside the group's padding box and are clipped. */
      margin-block-end: -1px;
      padding: 0.25rem 0.75rem 0;
      container-type: inline-size;
    }
    .chunk {
      --_columns: 1;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr));
      column-gap: 1.5rem;
    }
    /* In a long list, a chunk off screen is neither styled, laid out nor painted, and keeps the
       height it had, or a guess: its members in rows of about 2.5rem, over 1 to 4 columns. A
       search that leaves a few members in each of many groups is then as cheap as one full
       group. A short list is left alone: it costs little, and shows whole in any screenshot. */
    .long .chunk {
      content-visibility: auto;
      contain-intrinsic-block-size: auto calc(var(--_chunk-members) * 2.5rem / var(--_columns));
    }
    @container (min-width: 39.5rem) {
      .chunk {
        --_columns: 2;
      }
    }
    @container (min-width: 59rem) {
      .chunk {
        --_columns: 3;
      }
    }
    @container (min-width: 78.5rem) {
      .chunk {
        --_columns: 4;
      }
    }
    .member {
      display: flex;
      flex-direction: column;
      padding: 0.45rem 0;
      border-block-end: 1px solid var(--_border);
      min-inline-size: 0;
    }
    .name {
      overflow-wrap: anywhere;
    }
    a.name {
      align-self: flex-start;
    }
    /* A finger gets a full 44 px target on a member's link. */
    @media (pointer: coarse) {
      a.name {
        display: inline-flex;
        align-items: center;
        min-block-size: 44px;
      }
    }
    .note {
      font-size: 0.875em;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
    .no-results {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem var(--_space);
      padding: 0.75rem var(--_space);
      border: 1px dashed var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
    }
    .no-results p {
      flex: 1 1 16rem;
      margin: 0;
    }
    .clear {
      min-block-size: 44px;
      padding: 0.4rem 1rem;
      border: 2px solid var(--_accent);
      border-radius: calc(var(--_radius) * 0.75);
      background: transparent;
      color: var(--_text);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .clear:hover {
      background: var(--_surface-raised);
    }
    @media (forced-colors: active) {
      .list,
      .group,
      .group-count {
        border-color: CanvasText;
      }
      .toggle {
        border-block-end: 1px solid ButtonText;
      }
      .filter-input,
      .clear {
        border-color: ButtonText;
      }
    }
    @media print {
      .list {
        border-color: #000;
      }
      /* The count stays: it tells the paper's reader when a search narrowed the list. */
      .filter-label,
      .filter-hint,
      .filter-input,
      .no-results .clear,
      .chevron {
        display: none;
      }
      .toggle {
        background: none;
        outline: none !important;
        box-shadow: none !important;
      }
      .chunk {
        content-visibility: visible;
      }
      .member {
        break-inside: avoid;
      }
    }
  `,
];
