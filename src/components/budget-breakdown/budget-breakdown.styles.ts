import {css} from 'lit';
import {buttonStyles, frameStyles} from '../../core/element/framed-styles.js';
import {sharedStyles} from '../../core/element/shared-styles.js';

export const budgetBreakdownStyles = [
  sharedStyles,
  frameStyles,
  buttonStyles,
  css`
    :host {
      /* About the height of the ready bar chart with its toggle, so loading does not shift the page. */
      --hf-loading-min-height: 28rem;
    }
    @media (max-width: 36rem) {
      /* On a phone the figures stack. */
      :host {
        --hf-loading-min-height: 44rem;
      }
    }

    /* Headline figures */
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
      gap: 0 0.75rem;
      margin: 0;
    }
    .figures.single {
      /* A lone figure stays a card rather than a band across a wide page. */
      max-inline-size: 24rem;
    }
    .figure {
      /* Label, value and note rows line up across the cards of a row, however the labels wrap. */
      display: grid;
      grid-row: span 3;
      grid-template-rows: subgrid;
      row-gap: 0.15rem;
      align-content: start;
      margin-block-end: 0.75rem;
      padding: 0.75rem 1rem;
      /* Transparent, so forced colours draw it. */
      border: 1px solid transparent;
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface-raised);
      min-inline-size: 0;
    }
    .figure-label {
      font-size: 0.875em;
      color: var(--_muted);
    }
    .figure dd {
      margin: 0;
    }
    .figure-value {
      /* The card's own width, for the number's size (the card itself is a subgrid: no containment there). */
      container-type: inline-size;
    }
    .figure-number {
      /* Inline, so it lines up with its label in either direction. */
      display: inline-block;
      /*
       * Shrinks in a narrow card, so that the longest amount in words ("око 41 милион евра",
       * "≈ 41 de milioane EUR", about 12 em wide in bold) stays on one line on a 360 px phone. Its
       * parts are joined by no-break spaces; in a card narrower than any phone's, it breaks rather
       * than spill out of the card.
       */
      font-size: clamp(1em, 7.5cqi, 1.6em);
      overflow-wrap: anywhere;
      font-weight: 700;
      line-height: 1.2;
      font-variant-numeric: tabular-nums;
    }
    .figure-note {
      font-size: 0.8em;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
    .period {
      white-space: nowrap;
    }
    .note {
      margin: 0;
      font-size: 0.8em;
      color: var(--_muted);
    }

    /* Charts */
    .section {
      margin-block-start: 1.5rem;
    }
    .subheading {
      margin: 0 0 0.6rem;
      font-size: 1.05em;
      font-weight: 700;
      line-height: 1.3;
    }
    .defs {
      position: absolute;
      inline-size: 0;
      block-size: 0;
      overflow: hidden;
    }
    .chart {
      display: block;
      overflow: visible;
    }
    .bar {
      inline-size: 100%;
      block-size: 3rem;
      /* The bar and its numbers read left to right in every script. */
      direction: ltr;
    }
    .track {
      fill: var(--_surface-raised);
    }
    .series-0 {
      fill: var(--_chart-1);
    }
    .series-1 {
      fill: var(--_chart-2);
    }
    .series-2 {
      fill: var(--_chart-3);
    }
    .series-3 {
      fill: var(--_chart-4);
    }
    /* Textures lighten their series, so the series differ in greyscale and without colour. */
    .texture-mark {
      fill: var(--_surface);
      fill-opacity: 0.55;
    }
    .gap {
      stroke: var(--_surface);
      stroke-width: 3px;
    }
    .segment-label rect {
      fill: var(--_surface);
      fill-opacity: 0.92;
    }
    .segment-label text {
      font-size: 13px;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      fill: var(--_text);
    }
    .chart-layout {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }
    .donut-layout {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
      gap: 1rem 2rem;
    }
    .donut {
      display: grid;
      flex: none;
      inline-size: min(100%, 13rem);
      margin-inline: auto;
    }
    @media (min-width: 36rem) {
      .donut {
        margin-inline: 0;
      }
    }
    .donut > * {
      grid-area: 1 / 1;
    }
    .donut-centre {
      display: flex;
      flex-direction: column;
      align-items: center;
      place-self: center;
      max-inline-size: 58%;
      text-align: center;
      line-height: 1.2;
    }
    .donut-centre-label {
      font-size: 0.7em;
      color: var(--_muted);
    }
    .donut-centre-value {
      font-size: 0.9em;
      font-weight: 700;
      text-wrap: balance;
      font-variant-numeric: tabular-nums;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .donut-layout .legend {
      flex: 1 1 14rem;
      flex-direction: column;
    }
    .legend-item {
      display: grid;
      grid-template-columns: auto 1fr;
      align-items: center;
      column-gap: 0.5rem;
      min-inline-size: 0;
    }
    .swatch {
      grid-row: span 2;
      align-self: start;
      margin-block-start: 0.15rem;
    }
    .legend-name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .legend-values {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.6rem;
      font-variant-numeric: tabular-nums;
    }
    .legend-share {
      font-weight: 700;
    }
    .legend-amount {
      color: var(--_muted);
    }

    /* Table */
    .toggle {
      gap: 0.4rem;
      margin-block-start: 1.25rem;
      padding: 0.4rem 1rem 0.4rem 0.75rem;
    }
    .toggle:hover {
      text-decoration: underline;
    }
    .toggle-icon {
      flex: none;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .toggle[aria-expanded='true'] .toggle-icon {
      transform: rotate(90deg);
    }
    /* The chevron follows the reading direction. */
    :host(:dir(rtl)) .toggle[aria-expanded='false'] .toggle-icon {
      transform: scaleX(-1);
    }
    @media (prefers-reduced-motion: no-preference) {
      .toggle-icon {
        transition: transform 0.15s ease-out;
      }
    }
    .tables {
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
      margin-block-start: 1rem;
    }
    .tables[hidden] {
      display: none;
    }
    :host([show-table]) .tables {
      margin-block-start: 1.5rem;
    }
    .table-scroller {
      /* A table still too wide (amounts in words never break) scrolls here, not the page. */
      overflow-x: auto;
    }
    /* Drawn inside: the box clips whatever lies outside it. */
    .table-scroller:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: -3px;
    }
    table {
      inline-size: 100%;
      /* Wider than this, names drift too far from their numbers to be read across. */
      max-inline-size: 46rem;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    caption {
      /* As wide as the box that shows it, so a scrolling table's caption reads whole. */
      max-inline-size: 100cqi;
      margin-block-end: 0.35rem;
      font-weight: 700;
      text-align: start;
    }
    th,
    td {
      padding: 0.45rem 0.6rem;
      border-block-end: 1px solid var(--_border);
      text-align: start;
      vertical-align: top;
    }
    th:first-child,
    td:first-child {
      padding-inline-start: 0;
    }
    th:last-child,
    td:last-child {
      padding-inline-end: 0;
    }
    thead th {
      font-size: 0.85em;
      font-weight: 600;
      color: var(--_muted);
      vertical-align: bottom;
    }
    tbody th {
      font-weight: 400;
      /* Breaks only a word too long for the whole column, never a short name into syllables. */
      overflow-wrap: break-word;
      /* In a narrow column, no lone last word ("Example funder / A"). */
      text-wrap: pretty;
    }
    .number {
      /* Number columns shrink to their content; names take the rest. */
      inline-size: 1%;
      padding-inline-start: 1rem;
      text-align: end;
    }
    td.number {
      white-space: nowrap;
    }
    .tables {
      container-type: inline-size;
    }
    @container (max-width: 30rem) {
      table {
        font-size: 0.875em;
      }
      .number {
        padding-inline-start: 0.6rem;
      }
      /*
       * On a phone, an amount in words ("≈ 35 de milioane EUR") wraps rather than push the table
       * wide, and the columns share the width by their content, so names wrap too.
       */
      .number {
        inline-size: auto;
      }
      td.number {
        white-space: normal;
        text-wrap: balance;
      }
    }
    @container (max-width: 17rem) {
      table {
        font-size: 0.8125em;
      }
      .number {
        padding-inline-start: 0.5rem;
      }
    }
    tfoot th,
    tfoot td {
      border-block-start: 2px solid var(--_text);
      border-block-end: 0;
      font-weight: 700;
    }

    @media (forced-colors: active) {
      .breakdown {
        border-color: CanvasText;
      }
      .chart,
      .swatch {
        forced-color-adjust: none;
      }
      .track {
        fill: Canvas;
        stroke: CanvasText;
      }
      /* Colours are gone: each series is told apart by its texture, drawn in CanvasText. */
      .segment {
        fill: Canvas;
        stroke: CanvasText;
        stroke-width: 1px;
      }
      .series-0 {
        fill: CanvasText;
      }
      .texture-mark {
        fill: CanvasText;
        fill-opacity: 1;
      }
      .gap {
        stroke: Canvas;
      }
      .segment-label rect {
        fill: Canvas;
        fill-opacity: 1;
        stroke: CanvasText;
      }
      .segment-label text {
        fill: CanvasText;
      }
      .toggle {
        border-color: ButtonText;
        color: ButtonText;
      }
      th,
      td {
        border-color: CanvasText;
      }
    }
    @media print {
      .breakdown {
        border-color: #000;
      }
      .toggle {
        display: none;
      }
      .tables[hidden] {
        display: flex;
      }
      .chart,
      .swatch,
      table {
        break-inside: avoid;
      }
    }
  `,
];
