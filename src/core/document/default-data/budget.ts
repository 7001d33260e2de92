/**
 * The default action's budget and its programme, exactly as the seed gives them: no budget lines
 * (the seed has none) and the programme budget marked approximate ("ca. 41 Million EUR"), so
 * every amount computed from it keeps its two significant figures.
 */
import type {Budget, Programme} from '../action-types.js';

// "The total budget of the action is 1 000 000 EUR."
export const defaultBudget: Budget = {amount: 1000000, currency: 'EUR'};

export const defaultProgramme: Programme = {
  name: {
    en: 'Horizontal Facility for the Western Balkans and Türkiye',
    // The Council of Europe keeps "Horizontal Facility" in English in Serbian text.
    'sr-Cyrl': 'Horizontal Facility за Западни Балкан и Турску',
  },
  // "running from 2023 - 2026": the seed gives years, not days.
  period: {start: '2023', end: '2026'},
  // "ca. 41 Million EUR (85% funded by the European Union, 15% by the Council of Europe)".
  budget: {amount: 41000000, currency: 'EUR', approximate: true},
  funders: [
    {name: {en: 'European Union', 'sr-Cyrl': 'Европска унија'}, share: 0.85},
    {name: {en: 'Council of Europe', 'sr-Cyrl': 'Савет Европе'}, share: 0.15},
  ],
};
