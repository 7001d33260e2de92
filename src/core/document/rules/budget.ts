/** The budget part: the action's budget and lines, the programme with its budget and funders. */
import {array, boolean, number, object, text, type Shape} from '../schema.js';
import {amount, currency, period} from './common.js';

/** Funders' shares may be rounded in the source text: 0.333 + 0.333 + 0.333 is accepted. */
export const SHARE_TOLERANCE = 0.005;

const programme = object(
  {
    name: text({maxLength: 500}),
    period,
    budget: object({amount, currency, approximate: boolean()}, ['amount', 'currency']),
    funders: array(object({name: text({maxLength: 500}), share: number({min: 0, max: 1})}, ['name', 'share']), {maxItems: 20}),
  },
  ['name'],
  (value, path, issues) => {
    const funders = value.funders as {share: number}[] | undefined;
    if (!funders || funders.length === 0) return;
    const sum = funders.reduce((total, funder) => total + funder.share, 0);
    if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
      issues.add('shares-sum', `${path}.funders`, `${path}.funders: the shares add up to ${Number(sum.toFixed(4))}, not 1`);
    }
  },
);

const budget = object(
  {amount, currency, lines: array(object({label: text({maxLength: 500}), amount}, ['label', 'amount']), {maxItems: 100})},
  ['amount', 'currency'],
);

export const budgetShape: Shape = {budget, programme};
