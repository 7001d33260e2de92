/**
 * The default action document: "Strengthening anti-trafficking action in Serbia", composed from
 * one module per part (`default-data/`), so a file built for one element can carry only the part
 * that element reads.
 *
 * Where the data comes from: the action's own page (the shared seed `action-page.txt`) for the
 * title, aims, goal, beneficiaries, approach, results, budgets, funders' shares and earlier
 * phases; FACTS.md for the official Serbian names and the hotlines with their sources. No figure,
 * date or claim is added that those sources do not give.
 *
 * Site owners: a number that reaches a victim must be right. No default number was confirmed
 * live. Confirm each one live (see its `source`), set `checked` to that day, and publish your own
 * document.
 *
 * Languages: Serbian is authored in Cyrillic only (`sr-Cyrl`). Serbian Latin (`sr-Latn`) is
 * derived from it at runtime by transliteration, so it is deliberately absent here.
 */
import type {ActionDocument} from './action-types.js';
import {defaultBeneficiaries} from './default-data/beneficiaries.js';
import {defaultBudget, defaultProgramme} from './default-data/budget.js';
import {defaultHotlines} from './default-data/hotlines.js';
import {defaultIdentity} from './default-data/identity.js';
import {defaultOverview} from './default-data/overview.js';

const {summary, goal, country, period, approach, results, previousPhases, attribution} = defaultOverview;

// Fields in the order of the contract, so the published JSON reads top to bottom like the card.
export const defaultAction: ActionDocument = {
  ...defaultIdentity,
  summary,
  goal,
  country,
  period,
  programme: defaultProgramme,
  budget: defaultBudget,
  approach,
  results,
  beneficiaries: defaultBeneficiaries,
  previousPhases,
  hotlines: defaultHotlines,
  attribution,
};
