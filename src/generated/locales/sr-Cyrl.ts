
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'banner-anonymous': `Анонимно`,
'banner-call': str`${0}: позовите ${1}`,
'banner-checked': str`Бројеви проверени: ${0}`,
'banner-dismiss': `Сакриј банер са СОС телефонима`,
'banner-empty': `Нема доступних бројева телефона.`,
'banner-exit': `Брзи излаз`,
'banner-exit-hint': `Или три пута притисните Shift.`,
'banner-exit-leaving': `Напуштате ову страницу.`,
'banner-free': `Бесплатно`,
'banner-intro': `Ако сте ви или неко кога познајете можда жртва трговине људима, позовите и затражите помоћ.`,
'banner-shift-1': `Shift је притиснут два пута. Притисните га још једном да бисте напустили ову страницу.`,
'banner-shift-2': `Shift је притиснут једном. Притисните га још 2 пута да бисте напустили ову страницу.`,
'banner-shift-reset': `Брзи излаз је отказан.`,
'banner-title': `Помоћ у случају трговине људима`,
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
    };
  