// The demo's language switcher: it only sets <html lang>, which every widget follows. The choice
// is kept in the address (?lang=), never in storage.
const params = new URLSearchParams(location.search);
const titles = {
  en: 'Strengthening anti-trafficking action in Serbia',
  'sr-Cyrl': 'Јачање борбе против трговине људима у Србији',
  'sr-Latn': 'Jačanje borbe protiv trgovine ljudima u Srbiji',
};

// The languages of Serbia's minorities: the widgets' own strings are translated (docs/translations.md),
// the action's title is not (it has no official translation), so it stays English, marked so.
const minorityLanguages = ['hu', 'sk', 'ro', 'hr', 'sq'];

function useLanguage(lang) {
  document.documentElement.lang = lang;
  const title = document.querySelector('[data-demo-text="title"]');
  title.textContent = titles[lang] ?? titles.en;
  if (titles[lang]) title.removeAttribute('lang');
  else title.lang = 'en';
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

const asked = params.get('lang');
useLanguage(titles[asked] || minorityLanguages.includes(asked) ? asked : 'en');
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
