// For the test server: a second copy of the sources under /__missing-locale/, in which a locale's
// module answers 404, as on a site that forgot to upload dist/locales/. A path of its own, so no
// copy of the real file that an earlier test page fetched (and the browser kept) can stand in.
// Koa middleware for @web/test-runner (test/i18n/minority-locale-fallback.test.ts).
export const MISSING_LOCALE_PREFIX = '/__missing-locale';
const MISSING = /^\/src\/i18n\/locales\/sq\.ts$/;

export async function missingLocaleFile(context, next) {
  if (!context.path.startsWith(`${MISSING_LOCALE_PREFIX}/`)) return next();
  const path = context.path.slice(MISSING_LOCALE_PREFIX.length);
  if (MISSING.test(path)) {
    context.status = 404;
    context.body = 'not found';
    return;
  }
  context.path = path;
  return next();
}
