// Do not modify this file by hand: scripts/lib/locale-strings.mjs writes it from
// src/generated/locales/sr-Cyrl.ts (the messages only <hf-budget-breakdown> shows).

export const templates = {
  'budget-action': `Буџет пројекта`,
  'budget-action-share': `Удео пројекта у буџету програма`,
  'budget-approximate-note': `Буџет програма је приближан износ, па су приближни и износи израчунати на основу њега.`,
  'budget-column-amount': `Износ`,
  'budget-column-funder': `Финансијер`,
  'budget-column-line': `Буџетска ставка`,
  'budget-column-share': `Удео`,
  'budget-empty': `Нема доступних података о буџету.`,
  'budget-funders-caption': `Буџет програма по финансијерима`,
  'budget-funders-heading': `Ко финансира програм`,
  'budget-hide-table': `Сакријте табелу`,
  'budget-hide-tables': `Сакријте табеле`,
  'budget-lines-caption': `Буџет пројекта по ставкама`,
  'budget-lines-heading': `Како је расподељен буџет пројекта`,
  'budget-programme': `Буџет програма`,
  'budget-show-table': `Прикажите табелу`,
  'budget-show-tables': `Прикажите табеле`,
  'budget-title': `Буџет`,
  'budget-total': `Укупно`,
};
