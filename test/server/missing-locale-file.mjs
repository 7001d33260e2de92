// For the test server: answers 404 for a locale's string table while the page's cookie
// `hf-missing-locale` names that locale, as a site that forgot to upload dist/locales/ would.
// Koa middleware for @web/test-runner (test/i18n/minority-locale-fallback.test.ts).
export async function missingLocaleFile(context, next) {
  const missing = context.cookies.get('hf-missing-locale');
  const locale = /\/generated\/locales\/([\w-]+)\.ts$/.exec(context.path)?.[1];
  if (missing && locale === missing) {
    context.status = 404;
    context.body = 'not found';
    return;
  }
  return next();
}
