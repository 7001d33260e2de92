/**
 * Styles every element shares: the `--hf-*` design tokens with their light and dark defaults,
 * a small reset, and the loading / empty / error states. Components use only the private
 * `--_*` names below, so a page themes everything through the public `--hf-*` ones.
 * The frame and the secondary button are in framed-styles.ts: the banner uses neither.
 */
import {css} from 'lit';

const darkTokens = css`
  --_text: var(--hf-color-text, #e9edf3);
  --_muted: var(--hf-color-muted, #b4bdca);
  --_surface: var(--hf-color-surface, #161b22);
  --_surface-raised: var(--hf-color-surface-raised, #202833);
  --_border: var(--hf-color-border, #4a5668);
  --_accent: var(--hf-color-accent, #8ab4ff);
  --_link: var(--hf-color-link, #9cc2ff);
  --_danger: var(--hf-color-danger, #ff9b9b);
  --_danger-surface: var(--hf-color-danger-surface, #3a1d1f);
  --_exit: var(--hf-color-exit, #ff8f8f);
  --_exit-text: var(--hf-color-exit-text, #1a0505);
  --_focus: var(--hf-color-focus, #ffdd00);
  --_chart-1: var(--hf-color-chart-1, #7fb0ff);
  --_chart-2: var(--hf-color-chart-2, #f2c94c);
  --_chart-3: var(--hf-color-chart-3, #6fcf97);
  --_chart-4: var(--hf-color-chart-4, #f29bb8);
  --_success: var(--hf-color-success, #7ddc9a);
  --_warning: var(--hf-color-warning, #f5c869);
  color-scheme: dark;
`;

export const sharedStyles = css`
  :host {
    --_text: var(--hf-color-text, #1b2330);
    --_muted: var(--hf-color-muted, #4f5b6b);
    --_surface: var(--hf-color-surface, #ffffff);
    --_surface-raised: var(--hf-color-surface-raised, #f2f5f9);
    --_border: var(--hf-color-border, #b8c2cf);
    --_accent: var(--hf-color-accent, #0b4f9c);
    --_link: var(--hf-color-link, #0b4f9c);
    --_danger: var(--hf-color-danger, #9b1c1c);
    --_danger-surface: var(--hf-color-danger-surface, #fdecec);
    --_exit: var(--hf-color-exit, #b3261e);
    --_exit-text: var(--hf-color-exit-text, #ffffff);
    --_focus: var(--hf-color-focus, #ffdd00);
    /* Chart series: the first two are the EU's blue and a gold, distinguishable without colour too. */
    --_chart-1: var(--hf-color-chart-1, #0b4f9c);
    --_chart-2: var(--hf-color-chart-2, #b08400);
    --_chart-3: var(--hf-color-chart-3, #1e7b4d);
    --_chart-4: var(--hf-color-chart-4, #a4336a);
    --_success: var(--hf-color-success, #1e6b3a);
    --_warning: var(--hf-color-warning, #8a5a00);
    --_radius: var(--hf-radius, 0.5rem);
    --_space: var(--hf-space, 1rem);
    color-scheme: light;

    display: block;
    box-sizing: border-box;
    font-family: var(--hf-font-family, inherit);
    font-size: var(--hf-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  :host([hidden]) {
    display: none;
  }
  /* Not inherited from the host: a page rule on * (even !important) can reach the host. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_text);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* While loading, the page's fallback (slotted) shows over a pulsing placeholder: only the
     placeholder pulses, never the fallback's numbers. */
  .loading {
    position: relative;
    min-block-size: var(--hf-loading-min-height, 6rem);
  }
  .loading::before {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .loading slot {
    display: block;
    position: relative;
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  @media (prefers-reduced-motion: no-preference) {
    .loading::before {
      animation: hf-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes hf-pulse {
    50% {
      opacity: 0.55;
    }
  }
  .empty {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    background: var(--_surface);
  }
  .error {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_danger);
    border-inline-start-width: 0.35rem;
    border-radius: var(--_radius);
    background: var(--_danger-surface);
    color: var(--_text);
  }
  .error p {
    margin: 0;
  }
  .error-title {
    font-weight: 700;
    color: var(--_danger);
  }
  .error-path code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .loading,
    .empty,
    .error {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .loading::before {
      display: none;
    }
  }
`;
