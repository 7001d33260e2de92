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
//   page carries out the exit itself: it hides itself (and keeps itself hidden, title blank,
//   while the exit address loads), stops the referrer and replaces itself with the exit
//   address, which must be an http(s) address of another page than this one in any spelling
//   (else the neutral default is used).
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
   * percent-encoding, repeated and trailing slashes, index files and ;params; loopback names as
   * one host): the same rule as the library's src/core/quick-exit/same-page.ts, which
   * test/node/page-key-in-step.test.mjs keeps in step.
   */
  const LOOPBACK = /^(?:(?:[^.]+\.)*localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/;
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
    const host = url.hostname.replace(/\.$/, '');
    return `${LOOPBACK.test(host) ? 'localhost' : host}${path}`;
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

  // Hiding the partner's page while the exit address loads (it may take seconds, and the page's
  // own scripts go on meanwhile). This is the library's src/core/quick-exit/page-cover.ts cut
  // down to a plain script that partners load without a build step: change both together.
  // - the root gets `visibility: hidden` as an inline !important style (no stylesheet beats it);
  // - an opaque cover in the top layer hides what that cannot: an element the page styles
  //   `visibility: visible`, and anything it stacks; its own inline !important styles undo
  //   every page rule, and it is a child of <html>, so a re-rendered <body> does not take it;
  // - dialogs, popovers and full screen opened by the page are closed, the title is blank;
  // - until the page is gone, an observer puts all of this back whenever the page changes it.
  const COVER_STYLES = [
    ['all', 'initial'],
    ['display', 'block'],
    ['visibility', 'visible'],
    ['opacity', '1'],
    ['position', 'fixed'],
    // No size in viewport units: a page's `zoom` on the root would scale them down; `inset: 0`
    // fills the window whatever the zoom.
    ['inset', '0'],
    ['max-inline-size', 'none'],
    ['max-block-size', 'none'],
    ['margin', '0'],
    ['zoom', '1'],
    ['background', 'Canvas'],
    ['z-index', '2147483647'],
    ['pointer-events', 'auto'],
  ];
  let cover;
  /** The style attribute the cover was given, to see when a page script changed it. */
  let coverStyle;

  /** Closes what the page opened into the top layer, above the cover; true if there was any. */
  function closeTopLayer() {
    let opened = [];
    try {
      opened = [...document.querySelectorAll(':modal, :popover-open')].filter((element) => element !== cover);
    } catch {
      // A browser without these selectors has no top layer either.
    }
    for (const element of opened) {
      if (element instanceof HTMLDialogElement) element.close();
      else if (element.matches(':popover-open')) element.hidePopover();
    }
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    return opened.length > 0 || Boolean(document.fullscreenElement);
  }

  function keepHidden() {
    const root = document.documentElement;
    if (root.style.getPropertyValue('visibility') !== 'hidden' || root.style.getPropertyPriority('visibility') !== 'important')
      root.style.setProperty('visibility', 'hidden', 'important');
    if (document.title !== '') document.title = '';
    let showAgain = false;
    if (cover.parentNode !== root) {
      root.append(cover);
      showAgain = true;
    }
    if (cover.getAttribute('style') !== coverStyle) {
      cover.removeAttribute('style');
      for (const [name, value] of COVER_STYLES) cover.style.setProperty(name, value, 'important');
      coverStyle = cover.getAttribute('style');
    }
    for (const attribute of ['hidden', 'inert', 'class', 'id']) cover.removeAttribute(attribute);
    if (!('showPopover' in cover)) return; // an old browser: fixed and topmost is the best it offers
    if (cover.popover !== 'manual') cover.popover = 'manual';
    if (closeTopLayer() || showAgain || !cover.matches(':popover-open')) {
      try {
        // Shown again, it goes to the top of the top layer, above anything opened meanwhile.
        if (cover.matches(':popover-open')) cover.hidePopover();
        cover.showPopover();
      } catch {
        // Not connected, or refused: the next change tries again.
      }
    }
  }

  function hide() {
    if (cover) return keepHidden();
    cover = document.createElement('div');
    cover.setAttribute('aria-hidden', 'true');
    let corrections = 0;
    const observer = new MutationObserver(() => {
      // A page script that answers each correction with a change of its own cannot hold the page
      // in an endless loop: past 100 corrections in one task, wait for the next task.
      if (++corrections === 1)
        setTimeout(() => {
          corrections = 0;
          keepHidden();
          observer.takeRecords();
        });
      if (corrections > 100) return;
      keepHidden();
      observer.takeRecords(); // what keepHidden itself changed does not call it again
    });
    observer.observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
    // A popover announces its opening first, and can be refused then; anything else that opens is
    // closed as it opens.
    window.addEventListener(
      'beforetoggle',
      (event) => event.target !== cover && event.newState === 'open' && event.cancelable && event.preventDefault(),
      true,
    );
    window.addEventListener('toggle', (event) => event.target !== cover && keepHidden(), true);
    document.addEventListener('fullscreenchange', keepHidden, true);
    keepHidden();
    observer.takeRecords();
  }

  let leaving = false;
  function leave(wanted) {
    const url = exitAddress(wanted);
    hide();
    if (!leaving) {
      leaving = true;
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
