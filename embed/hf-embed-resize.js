// hf-embed-resize.js: for the page that holds hf-widgets iframes (embed.html). Two jobs, each
// for an <iframe data-hf-embed> only, and only for messages from the address that frame loads:
//
// - Height: each frame posts {type: 'hf-embed-height', height} whenever its widget changes size;
//   this script gives the frame that height, and hides the fallback text that follows the frame
//   (<div data-hf-embed-fallback>) once the widget has drawn. Without this script the frame
//   keeps the height written in its style attribute.
// - Quick exit: a hotline banner in a frame posts {type: 'hf-embed-exit', url} when the reader
//   leaves. A frame from another origin may take the whole tab only just after the reader's
//   click in it (Firefox allows it for a few seconds, not after Tab or Shift ×3 alone), so this
//   page carries out the exit itself: it hides itself, blanks its title, stops the referrer and
//   replaces itself with the exit address, which must be an http(s) address of another page
//   than this one in any spelling (else the neutral default is used).
(() => {
  if (window.hfEmbedResize) return; // loaded twice: one listener is enough
  window.hfEmbedResize = true;
  const DEFAULT_EXIT_URL = 'https://www.google.com/webhp';

  /** The frames that sent `event`: ours, and the message comes from the address the frame loads. */
  const sendersOf = (event) =>
    [...document.querySelectorAll('iframe[data-hf-embed]')].filter(
      (frame) => frame.contentWindow === event.source && new URL(frame.src, location.href).origin === event.origin,
    );

  /**
   * The page an address names, in one spelling (host name and path, ignoring case,
   * percent-encoding, repeated and trailing slashes, index files and ;params): the same rule as
   * the library's src/core/quick-exit/same-page.ts, which scripts/test-embed.mjs keeps in step.
   */
  function pageKey(url) {
    const path = url.pathname
      .split('/')
      .map((segment) => {
        try {
          return decodeURIComponent(segment);
        } catch {
          return segment;
        }
      })
      .join('/')
      .toLowerCase()
      .replace(/;[^/]*/g, '')
      .replace(/\/{2,}/g, '/')
      .replace(/\/(?:index|default)(?:\.[a-z0-9]{1,5})?$/, '/')
      .replace(/\/+$/, '');
    return `${url.hostname.replace(/\.$/, '')}${path}`;
  }

  function exitAddress(wanted) {
    try {
      const url = new URL(wanted);
      if (/^https?:$/.test(url.protocol) && pageKey(url) !== pageKey(new URL(location.href))) return url.href;
    } catch {
      // Not an address.
    }
    return DEFAULT_EXIT_URL;
  }

  function hide() {
    const root = document.documentElement;
    if (root.style.getPropertyValue('visibility') !== 'hidden') root.style.setProperty('visibility', 'hidden', 'important');
    if (document.title !== '') document.title = '';
  }

  let leaving = false;
  function leave(wanted) {
    const url = exitAddress(wanted);
    hide();
    if (!leaving) {
      leaving = true;
      // Until the exit address has loaded, the page's own scripts cannot show it or its title again.
      new MutationObserver(hide).observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
      const meta = document.createElement('meta');
      meta.name = 'referrer';
      meta.content = 'no-referrer';
      document.head.append(meta);
    }
    location.replace(url);
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'hf-embed-exit' && typeof message.url === 'string') {
      if (sendersOf(event).length > 0) leave(message.url);
      return;
    }
    if (message.type !== 'hf-embed-height' || !Number.isFinite(message.height)) return;
    for (const frame of sendersOf(event)) {
      frame.style.height = `${Math.min(Math.max(Math.ceil(message.height), 0), 10000)}px`;
      const next = frame.nextElementSibling;
      if (next && next.hasAttribute('data-hf-embed-fallback')) next.hidden = true;
    }
  });
})();
