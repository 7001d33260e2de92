// Do not modify this file by hand: scripts/lib/locale-strings.mjs writes it from
// src/generated/locales/sr-Cyrl.ts (the messages only <hf-action-card> shows).

export const templates = {
  'card-approach': `Како се пројекат спроводи`,
  'card-beneficiaries': `Корисници пројекта`,
  'card-budget': `Буџет`,
  'card-country': `Земља`,
  'card-empty': `Подаци о овом пројекту још нису објављени.`,
  'card-goal': `Циљ`,
  'card-links': `Везе`,
  'card-more-links': `Остале везе`,
  'card-period': `Период`,
  'card-phases': `Претходне фазе`,
  'card-programme': `Програм`,
  'card-results': `Очекивани резултати`,
  'card-show-less': `Прикажите мање`,
  'card-show-more': `Прикажите више`,
  'card-status-completed': `Завршено`,
  'card-status-label': `Статус:`,
  'card-status-ongoing': `У току`,
  'card-status-planned': `Планирано`,
};
