/**
 * The validator comes only with data: a page whose banner shows the built-in default data never
 * loads it (nor data loading, nor the banner's rules); the first document a page gives loads them.
 * Read from the modules the page requested, so this file imports nothing that imports them.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../../src/hf-hotline-banner.js';
import type {HfHotlineBanner} from '../../../src/hf-hotline-banner.js';
import {defaultAction} from '../../../src/core/document/default-action.js';
import {until} from '../../until.js';

// Not test/helpers.ts: it imports the test hooks, which import load-action.ts.
const settled = (element: HfHotlineBanner): Promise<unknown> => element.updateComplete;

/** The modules only a given document needs, as the test server names them. */
const DATA_ONLY_MODULES =
  /\/src\/core\/(loading\/(data-loading|load-action)|document\/(validate-document|schema|phone-number|rules\/\w+))\.ts/;

const requestedDataOnlyModules = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => DATA_ONLY_MODULES.test(name));

describe('the validator on demand', () => {
  it('is not loaded for the default data, and is loaded for the first given document', async () => {
    const element = await fixture<HfHotlineBanner>(html`<hf-hotline-banner></hf-hotline-banner>`);
    await settled(element);
    expect(element.shadowRoot!.textContent).to.contain('116 111');
    expect(requestedDataOnlyModules()).to.deep.equal([]);

    const loaded = oneEvent(element, 'hf-load');
    element.data = {id: 'given', title: 'Given', hotlines: defaultAction.hotlines};
    await settled(element);
    expect((await loaded).detail).to.deep.include({source: 'data', id: 'given'});
    await until(() => requestedDataOnlyModules().length > 0);
    expect(element.shadowRoot!.textContent).to.contain('116 111');
    const modules = requestedDataOnlyModules().join(' ');
    expect(modules).to.match(/data-loading\.ts/);
    expect(modules).to.match(/rules\/hotlines\.ts/);
    // Only the banner's part: the other parts' rules stay on the server.
    expect(modules).to.not.match(/rules\/(budget|beneficiaries|overview)\.ts/);
  });
});
