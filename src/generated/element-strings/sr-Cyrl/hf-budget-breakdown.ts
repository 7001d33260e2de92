// Do not modify this file by hand: scripts/lib/locale-strings.mjs writes it from
// src/generated/locales/sr-Cyrl.ts (the messages only <hf-budget-breakdown> shows).

export const templates = {
  'budget-action': `Буџет акције`,
  'budget-action-share': `Удео акције у програму`,
  'budget-approximate-note': `≈ Буџет програма је приближан износ, па су приближни и износи израчунати на основу њега.`,
  'budget-column-amount': `Износ`,
  'budget-column-funder': `Финансијер`,
  'budget-column-line': `Буџетска ставка`,
  'budget-column-share': `Удео`,
  'budget-empty': `Нема доступних података о буџету.`,
  'budget-funders-caption': `Буџет програма по финансијерима`,
  'budget-funders-heading': `Ко финансира програм`,
  'budget-hide-table': `Сакриј табелу`,
  'budget-hide-tables': `Сакриј табеле`,
  'budget-lines-caption': `Буџет акције по ставкама`,
  'budget-lines-heading': `Како је расподељен буџет акције`,
  'budget-programme': `Буџет програма`,
  'budget-show-table': `Прикажи табелу`,
  'budget-show-tables': `Прикажи табеле`,
  'budget-title': `Буџет`,
  'budget-total': `Укупно`,
};
