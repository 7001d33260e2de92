// Do not modify this file by hand: scripts/lib/locale-strings.mjs writes it from
// src/generated/locales/sr-Cyrl.ts (the messages more than one element shows).

export const templates = {
  'error-fetch-failed': `Преузимање података није успело.`,
  'error-field': `Поље:`,
  'error-hidden-characters': `Текст садржи невидљиве знакове.`,
  'error-http': `Сервер са подацима је вратио грешку.`,
  'error-internal': `Грешка у раду виџета.`,
  'error-invalid-date': `Наведени датум не постоји.`,
  'error-invalid-format': `Поље није у очекиваном облику.`,
  'error-invalid-json': `Подаци нису у исправном JSON формату.`,
  'error-invalid-number': `Број није исправан.`,
  'error-missing-field': `Недостаје обавезно поље.`,
  'error-negative-amount': `Износ је негативан.`,
  'error-not-json': `Сервер са подацима није вратио податке у JSON формату.`,
  'error-number-mismatch': `Приказани број телефона није исти као број који се позива.`,
  'error-redirected': `Сервер са подацима је преусмерио захтев на други сајт.`,
  'error-shares-sum': `Збир удела финансијера није 100%.`,
  'error-timeout': `Сервер са подацима није одговорио на време.`,
  'error-title': `Овај садржај није могуће приказати.`,
  'error-too-large': `Подаци су превелики.`,
  'error-too-many': `Списак или текст је предугачак.`,
  'error-unsafe-url': `Веза води на адресу која није дозвољена.`,
  'error-wrong-type': `Поље садржи вредност погрешног типа.`,
  'loading': `Учитавање…`,
};
