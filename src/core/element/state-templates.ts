/**
 * What every element shows while its document loads, when it fails, and when its part of the
 * document is absent. The page's own fallback content (a banner's numbers and exit link) is
 * slotted in the loading and error states, so it stays visible in both.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {DataError} from '../loading/data-error.js';
import {dataErrorMessage} from '../loading/error-messages.js';

/** `lang` is the element's locale: the page's fallback inside keeps its own language. */
export function loadingTemplate(lang: string): TemplateResult {
  return html`<div part="loading" class="loading" role="status">
    <span class="visually-hidden" lang=${lang}>${msg('Loading…', {id: 'loading'})}</span><slot></slot>
  </div>`;
}

/** A localized message with the offending field's path, then the page's fallback. */
export function errorTemplate(failure: DataError, lang: string): TemplateResult {
  return html`
    <div part="error" class="error" role="alert" lang=${lang}>
      <p class="error-title">${msg('This content could not be shown.', {id: 'error-title'})}</p>
      <p class="error-detail">
        ${dataErrorMessage(failure.code)}
        ${failure.path ? html`<span class="error-path">${msg('Field:', {id: 'error-field'})} <code>${failure.path}</code></span>` : nothing}
      </p>
    </div>
    <slot></slot>
  `;
}

/** A short localized line shown in place of content when the element's part is absent. */
export function emptyTemplate(message: string): TemplateResult {
  return html`<p part="empty" class="empty">${message}</p>`;
}
