// Do not modify this file by hand: scripts/lib/locale-strings.mjs writes it from
// src/generated/locales/sr-Cyrl.ts (the messages only <hf-hotline-banner> shows).
import {str} from '@lit/localize';

export const templates = {
  'banner-anonymous': `Анонимно`,
  'banner-call': str`${0}: позовите ${1}`,
  'banner-checked': str`Бројеви проверени: ${0}`,
  'banner-dismiss': `Сакријте банер са СОС телефонима`,
  'banner-empty': `Нема доступних бројева телефона.`,
  'banner-exit': `Брзи излаз`,
  'banner-exit-hint': `Или три пута притисните тастер Shift.`,
  'banner-exit-leaving': `Напуштате ову страницу.`,
  'banner-free': `Бесплатно`,
  'banner-intro': `Ако сумњате да сте жртва трговине људима или да је то неко кога познајете, позовите и затражите помоћ.`,
  'banner-shift-1': `Тастер Shift је притиснут два пута. Притисните га још једном да бисте напустили ову страницу.`,
  'banner-shift-2': `Тастер Shift је притиснут једном. Притисните га још два пута да бисте напустили ову страницу.`,
  'banner-shift-reset': `Брзи излаз је отказан.`,
  'banner-title': `Помоћ у случају трговине људима`,
};
