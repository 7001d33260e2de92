/** The overview part, which the action card shows: texts, period, lists, links and attribution. */
import {array, object, string, text, url, type Shape} from '../schema.js';
import {period, telLinkShowsItsNumber} from './common.js';

export const overviewShape: Shape = {
  summary: text(),
  goal: text(),
  country: string({pattern: /^[A-Z]{2}$/, format: 'an ISO 3166-1 alpha-2 code such as RS', maxLength: 2}),
  period,
  approach: array(text(), {maxItems: 100}),
  results: array(text(), {maxItems: 100}),
  previousPhases: array(object({title: text({maxLength: 500}), period}, ['title', 'period']), {maxItems: 50}),
  links: array(object({label: text({maxLength: 500}), url: url()}, ['label', 'url'], telLinkShowsItsNumber('label')), {maxItems: 50}),
  attribution: array(text({maxLength: 500}), {maxItems: 10}),
};
