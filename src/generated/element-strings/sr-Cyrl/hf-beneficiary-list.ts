// Do not modify this file by hand: scripts/lib/locale-strings.mjs writes it from
// src/generated/locales/sr-Cyrl.ts (the messages only <hf-beneficiary-list> shows).
import {str} from '@lit/localize';

export const templates = {
  'list-clear': `Обришите претрагу`,
  'list-count-few': str`Приказано ${0} од ${1} ставке`,
  'list-count-none': `Ниједна ставка не одговара претрази`,
  'list-count-one': str`Приказано ${0} од ${1} ставке`,
  'list-count-other': str`Приказано ${0} од ${1} ставки`,
  'list-empty': `Корисници нису наведени.`,
  'list-filter-hint': `Упишите део назива, латиницом или ћирилицом.`,
  'list-filter-label': `Претрага корисника`,
  'list-members-few': str`${0} ставке`,
  'list-members-one': str`${0} ставка`,
  'list-members-other': str`${0} ставки`,
  'list-no-results': str`Нема резултата за „${0}“. Покушајте да упишете само део речи или да реч напишете другачије.`,
  'list-title': `Корисници пројекта`,
};
