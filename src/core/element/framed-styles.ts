/**
 * Styles of the framed elements (the card, the budget breakdown, the beneficiary list), beside
 * shared-styles.ts: the frame and the secondary button. A module of their own, so that the
 * banner, which uses neither, does not carry them in its own file or in an app's bundle.
 */
import {css} from 'lit';

/** The frame of the card, the budget breakdown and the beneficiary list. */
export const frameStyles = css`
  .frame {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-block-start: 0.3rem solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .frame > .heading {
    margin: 0 0 0.75rem;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
`;

/** A secondary button ("Show more", "Show table"): quiet, but a full touch target. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.4rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_link);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface-raised);
    border-color: var(--_link);
  }
`;
