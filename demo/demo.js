// The demo's language switcher: it only sets <html lang>, which every widget follows. The choice
// is kept in the address (?lang=), never in storage.
const params = new URLSearchParams(location.search);
const titles = {
  en: 'Strengthening anti-trafficking action in Serbia',
  'sr-Cyrl': 'Јачање борбе против трговине људима у Србији',
  'sr-Latn': 'Jačanje borbe protiv trgovine ljudima u Srbiji',
};

function useLanguage(lang) {
  document.documentElement.lang = lang;
  document.querySelector('[data-demo-text="title"]').textContent = titles[lang];
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

useLanguage(titles[params.get('lang')] ? params.get('lang') : 'en');
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    useLanguage(button.dataset.lang);
    const url = new URL(location.href);
    url.searchParams.set('lang', button.dataset.lang);
    history.replaceState(null, '', url);
  });
}

// A banner refuses a relative exit-url (it must be an absolute address of another page), so the
// demo builds its exit address from wherever it is served.
for (const banner of document.querySelectorAll('hf-hotline-banner[data-exit-path]')) {
  banner.setAttribute('exit-url', new URL(banner.dataset.exitPath, location.href).href);
}
