// Do not modify this file by hand: scripts/lib/locale-strings.mjs writes it from
// src/generated/locales/sr-Cyrl.ts (the messages only <hf-beneficiary-list> shows).
import {str} from '@lit/localize';

export const templates = {
  'list-clear': `Обришите претрагу`,
  'list-count-few': str`Пронађена су ${0} корисника од ${1}`,
  'list-count-none': `Ниједан корисник није пронађен`,
  'list-count-one': str`Пронађен је ${0} корисник од ${1}`,
  'list-count-other': str`Пронађено је ${0} корисника од ${1}`,
  'list-empty': `Корисници нису наведени.`,
  'list-filter-hint': `Упишите део назива, латиницом или ћирилицом.`,
  'list-filter-label': `Претрага корисника`,
  'list-members-few': str`${0} корисника`,
  'list-members-one': str`${0} корисник`,
  'list-members-other': str`${0} корисника`,
  'list-no-results': str`Нема резултата за „${0}“. Упишите само део речи или је напишите другачије.`,
  'list-title': `Корисници пројекта`,
};
