// Do not modify this file by hand: scripts/lib/locale-strings.mjs writes it from
// src/generated/locales/sr-Cyrl.ts (the messages more than one element shows).

export const templates = {
  'error-fetch-failed': `Подаци нису могли да се преузму.`,
  'error-field': `Поље:`,
  'error-http': `Адреса података је вратила грешку.`,
  'error-invalid-format': `Поље није у очекиваном облику.`,
  'error-invalid-json': `Подаци нису исправан JSON.`,
  'error-invalid-number': `Број није исправан.`,
  'error-missing-field': `Недостаје обавезно поље.`,
  'error-negative-amount': `Износ је негативан.`,
  'error-not-json': `Адреса података није вратила JSON.`,
  'error-shares-sum': `Удели финансијера не износе укупно 100%.`,
  'error-title': `Овај садржај није могуће приказати.`,
  'error-too-many': `Листа или текст су предугачки.`,
  'error-unsafe-url': `Веза користи адресу која није дозвољена.`,
  'error-wrong-type': `Поље има погрешан тип.`,
  'loading': `Учитавање…`,
  'error-timeout': `The data address did not answer in time.`,
  'error-too-large': `The data is too large.`,
  'error-redirected': `The data address sent the request to another site.`,
  'error-invalid-date': `A date does not exist.`,
  'error-hidden-characters': `A text contains invisible characters.`,
  'error-number-mismatch': `A phone number is shown differently from the number dialled.`,
  'error-internal': `An error in the widget itself.`,
};
