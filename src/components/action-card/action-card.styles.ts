import {css} from 'lit';
import {buttonStyles, frameStyles} from '../../core/element/framed-styles.js';
import {sharedStyles} from '../../core/element/shared-styles.js';

export const actionCardStyles = [
  sharedStyles,
  frameStyles,
  buttonStyles,
  css`
    :host {
      --hf-loading-min-height: 24rem;
    }
    :host([variant='compact']) {
      --hf-loading-min-height: 12rem;
    }
    .card {
      /* The lists go side by side when the card, not the window, is wide enough. */
      container: hf-card / inline-size;
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 1.25);
      /* Percentages follow the card's width: roomy when wide, tight on a phone. */
      padding: clamp(var(--_space), 3.5%, calc(var(--_space) * 2));
    }
    .card.compact {
      gap: var(--_space);
      padding: var(--_space) clamp(var(--_space), 3%, calc(var(--_space) * 1.5));
    }
    .card > * {
      margin: 0;
    }

    /* Title and status */
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: 0.5rem var(--_space);
    }
    .title {
      flex: 1 1 16rem;
      min-inline-size: 0;
      margin: 0;
      font-size: 1.35em;
      font-weight: 700;
      line-height: 1.25;
      letter-spacing: -0.01em;
      overflow-wrap: break-word;
      text-wrap: balance;
    }
    @container hf-card (min-width: 40rem) {
      .full .title {
        font-size: 1.85em;
      }
      /* Centres the badge on the larger title's first line. */
      .full .status {
        margin-block-start: 0.2em;
      }
    }
    .compact .title {
      font-size: 1.2em;
    }
    .status {
      flex: none;
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      padding: 0.15em 0.7em 0.15em 0.55em;
      border: 1px solid currentColor;
      border-radius: 999px;
      background: color-mix(in srgb, currentColor 9%, var(--_surface));
      font-size: 0.85em;
      font-weight: 600;
      line-height: 1.5;
      white-space: nowrap;
    }
    .status[data-status='planned'] {
      color: var(--_warning);
    }
    .status[data-status='ongoing'] {
      color: var(--_success);
    }
    .status[data-status='completed'] {
      color: var(--_muted);
    }
    .status-icon {
      inline-size: 0.75em;
      block-size: 0.75em;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.8;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    /* Shapes tell the states apart without colour: a ring, a dot, a tick. */
    .status[data-status='ongoing'] .status-icon {
      fill: currentColor;
    }

    /* Facts row */
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 2rem;
      padding: 0.75rem var(--_space);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface-raised);
    }
    .meta-item {
      flex: 1 1 auto;
      min-inline-size: 0;
    }
    .meta-programme {
      flex-basis: 14rem;
    }
    .meta dt {
      font-size: 0.75em;
      font-weight: 600;
      letter-spacing: 0.06em;
      text-transform: uppercase;
      color: var(--_muted);
    }
    .meta dd {
      margin: 0;
      font-weight: 600;
      overflow-wrap: break-word;
      /* No lone last word ("Türkiye", "Турску") on a line of its own. */
      text-wrap: pretty;
    }
    .meta-period dd {
      /* A period that wraps breaks at its dash, not inside a date. */
      text-wrap: balance;
    }
    /* In the compact card the facts are a light row, not a box. */
    .compact .meta {
      gap: 0.5rem 2.5rem;
      padding: 0;
      background: none;
    }
    .compact .meta-item {
      flex: 0 1 auto;
    }
    .meta-budget dd {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    .summary,
    .goal {
      /* One measure for both, in rem, so their right edges line up. */
      max-inline-size: 46rem;
    }
    .summary {
      font-size: 1.1em;
      line-height: 1.55;
      overflow-wrap: break-word;
    }
    .compact .summary {
      font-size: 1em;
      color: var(--_muted);
    }
    /* Folded, a compact card gives the summary two lines; screen readers still get all of it. */
    .compact:not(.is-expanded) .summary {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      line-clamp: 2;
      overflow: hidden;
    }

    /* Sections */
    .section {
      min-inline-size: 0;
    }
    .section-heading {
      margin: 0 0 0.5rem;
      font-size: 1.05em;
      font-weight: 700;
      line-height: 1.3;
    }
    .goal {
      margin: 0;
      overflow-wrap: break-word;
    }
    .columns {
      display: grid;
      gap: calc(var(--_space) * 1.25) calc(var(--_space) * 2);
    }
    @container hf-card (min-width: 44rem) {
      .columns {
        grid-template-columns: repeat(auto-fit, minmax(0, 1fr));
      }
    }
    .bullets {
      display: grid;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .bullets li {
      position: relative;
      padding-inline-start: 1.5rem;
      overflow-wrap: break-word;
    }
    .bullet {
      position: absolute;
      inset-inline-start: 0.3rem;
      inset-block-start: 0.6em;
      inline-size: 0.45rem;
      block-size: 0.45rem;
      border-radius: 1px;
      background: var(--_accent);
      transform: rotate(45deg);
    }
    .check {
      position: absolute;
      inset-inline-start: 0;
      inset-block-start: 0.2em;
      inline-size: 1.1rem;
      block-size: 1.1rem;
      fill: none;
      stroke: var(--_success);
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }

    /* Who benefits: one line, groups separated by dots. Each dot sits before its group, and the
       one that would start a line falls into the clipped negative margin. */
    .inline-list-clip {
      overflow: hidden;
    }
    .inline-list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0;
      margin: 0;
      margin-inline-start: -1.5em;
      padding: 0;
      list-style: none;
    }
    .inline-list li::before {
      /* Decoration only: the list already separates the groups for screen readers. */
      content: '·' / '';
      display: inline-block;
      inline-size: 1.5em;
      text-align: center;
      color: var(--_muted);
      font-weight: 700;
    }
    /* Earlier phases: an ordered list drawn as a timeline */
    .timeline {
      position: relative;
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .timeline::before {
      content: '';
      position: absolute;
      inset-block: 0.7em 0.7em;
      inset-inline-start: calc(0.4rem - 1px);
      inline-size: 2px;
      background: var(--_border);
    }
    .phase {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.75rem;
      padding-inline-start: 1.6rem;
    }
    .phase::before {
      content: '';
      position: absolute;
      inset-inline-start: 0;
      inset-block-start: 0.35em;
      inline-size: 0.8rem;
      block-size: 0.8rem;
      border: 2px solid var(--_accent);
      border-radius: 50%;
      background: var(--_surface);
    }
    .phase-period {
      flex: none;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .phase-title {
      min-inline-size: 0;
      color: var(--_muted);
      overflow-wrap: break-word;
    }

    /* Links */
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .links li,
    .first-link {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.5rem;
      min-inline-size: 0;
    }
    .link {
      /* Inline, so a long label wraps with its arrow; the padding makes a 44 px touch target. */
      display: inline-block;
      padding-block: max(0px, calc((44px - 1lh) / 2));
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .link-arrow {
      inline-size: 1em;
      block-size: 1em;
      margin-inline-start: 0.3em;
      vertical-align: -0.15em;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.8;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .link-arrow:dir(rtl) {
      transform: scaleX(-1);
    }
    .link-host {
      font-size: 0.85em;
      color: var(--_muted);
    }

    /* Compact: the first link and the toggle share a row */
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem var(--_space);
    }
    .toggle {
      margin-inline-start: auto;
    }
    .chevron {
      inline-size: 1em;
      block-size: 1em;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .is-expanded .chevron {
      transform: rotate(180deg);
    }
    .details {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 1.25);
      padding-block-start: var(--_space);
      border-block-start: 1px solid var(--_border);
    }
    .details[hidden] {
      display: none;
    }

    .attribution {
      padding-block-start: 0.75rem;
      border-block-start: 1px solid var(--_border);
      font-size: 0.875em;
      color: var(--_muted);
    }
    .attribution p {
      margin: 0;
    }
    .card > .empty {
      padding: 0.75rem var(--_space);
    }

    @media (prefers-reduced-motion: no-preference) {
      .chevron {
        transition: transform 0.2s ease;
      }
    }
    @media (forced-colors: active) {
      .card,
      .details,
      .attribution {
        border-color: CanvasText;
      }
      .full .meta {
        border: 1px solid CanvasText;
      }
      .status {
        border-color: CanvasText;
        color: CanvasText;
      }
      .bullet,
      .timeline::before {
        background: CanvasText;
      }
      .phase::before {
        border-color: CanvasText;
        background: Canvas;
      }
      .check {
        stroke: CanvasText;
      }
      .toggle {
        border-color: ButtonText;
        color: ButtonText;
      }
    }
    @media print {
      .card {
        border-color: #000;
        break-inside: avoid-page;
      }
      .section,
      .phase {
        break-inside: avoid;
      }
      /* Paper gets everything: the folded part unfolds and the button goes. */
      .details[hidden] {
        display: flex;
      }
      .toggle {
        display: none;
      }
      .compact:not(.is-expanded) .summary {
        display: block;
        overflow: visible;
      }
      .link[href^='http']::after {
        content: ' (' attr(href) ')';
        font-weight: 400;
      }
      .link-host,
      .link-arrow {
        display: none;
      }
    }
  `,
];
