// hf-embed-resize.js: optional, for the page that holds hf-widgets iframes. Each embed.html
// frame posts its height as {type: 'hf-embed-height', height} whenever its widget changes size;
// this script gives the matching <iframe data-hf-embed> that height, and hides the fallback
// text that follows the frame (<div data-hf-embed-fallback>) once the widget has drawn.
// Without this script the frame keeps the height written in its style attribute.
(() => {
  if (window.hfEmbedResize) return; // loaded twice: one listener is enough
  window.hfEmbedResize = true;
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'hf-embed-height' || !Number.isFinite(message.height)) return;
    for (const frame of document.querySelectorAll('iframe[data-hf-embed]')) {
      // Only the frame that sent the message, and only if it comes from the address the frame loads.
      if (frame.contentWindow !== event.source || new URL(frame.src, location.href).origin !== event.origin) continue;
      frame.style.height = `${Math.min(Math.max(Math.ceil(message.height), 0), 10000)}px`;
      const next = frame.nextElementSibling;
      if (next && next.hasAttribute('data-hf-embed-fallback')) next.hidden = true;
    }
  });
})();
