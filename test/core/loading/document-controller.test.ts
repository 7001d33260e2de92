/**
 * The document controller alone, on a minimal host: one state at a time, the source order, a
 * retry, and the line between the page's mistakes (data errors) and ours (`internal`).
 */
import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, type PropertyValues} from 'lit';
import {ActionDocumentController, type DocumentState} from '../../../src/core/loading/document-controller.js';
import type {ActionDocument} from '../../../src/core/document/action-types.js';
import {clearActionRequests} from '../../../src/testing/test-hooks.js';
import {hotlinesShape} from '../../../src/core/document/rules/hotlines.js';
import {captureConsole} from '../../helpers.js';

const fallback: ActionDocument = {id: 'fallback', title: 'Fallback'};
let makeDefault: () => ActionDocument = () => fallback;

class DocumentHostForTests extends LitElement {
  static override properties = {data: {attribute: false}, src: {}};
  data?: unknown;
  src?: string;
  readonly settledStates: DocumentState[] = [];
  readonly actionSource = new ActionDocumentController(this, {
    shape: hotlinesShape,
    defaultDocument: () => makeDefault(),
    onSettled: (state) => this.settledStates.push(state),
  });

  // As HfElement does: the host starts a load once per update, before it derives anything.
  protected override willUpdate(changed: PropertyValues): void {
    this.actionSource.sync();
    super.willUpdate(changed);
  }
}
customElements.define('document-host-for-tests', DocumentHostForTests);

async function host(template = html`<document-host-for-tests></document-host-for-tests>`): Promise<DocumentHostForTests> {
  const element = await fixture<DocumentHostForTests>(template);
  await element.updateComplete;
  return element;
}

afterEach(() => {
  makeDefault = () => fallback;
  clearActionRequests();
});

describe('ActionDocumentController', () => {
  it('starts ready with the default document when given nothing, and says so once', async () => {
    const element = await host();
    expect(element.actionSource.state).to.deep.include({status: 'ready', source: 'default'});
    expect(element.settledStates).to.have.length(1);
  });

  it('takes data over inline JSON over src, and reloads when data changes', async () => {
    const element = await host(
      html`<document-host-for-tests src="/__faults/document"><script type="application/json">{"id": "inline", "title": "I"}</script></document-host-for-tests>`,
    );
    expect(element.actionSource.state).to.deep.include({status: 'ready', source: 'inline'});
    element.data = {id: 'given', title: 'G'};
    await element.updateComplete;
    const state = element.actionSource.state;
    expect(state.status === 'ready' && state.action.id).to.equal('given');
  });

  it('is loading while a src is pending, then ready', async () => {
    const element = await host(html`<document-host-for-tests src="/__faults/document"></document-host-for-tests>`);
    expect(element.actionSource.state.status).to.equal('loading');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await element.updateComplete;
    expect(element.actionSource.state).to.deep.include({status: 'ready', source: 'src'});
  });

  it('reports the page’s bad data as a data error, with the field path', async () => {
    const element = await host(html`<document-host-for-tests .data=${{id: 'x', title: 'X', hotlines: 'no'}}></document-host-for-tests>`);
    const state = element.actionSource.state;
    expect(state.status).to.equal('error');
    expect(state.status === 'error' && [state.failure.code, state.failure.path]).to.deep.equal(['wrong-type', 'hotlines']);
  });

  it('reports a bug of ours as "internal", logged with console.error, not as the data’s fault', async () => {
    makeDefault = () => {
      throw new TypeError('a bug');
    };
    let element!: DocumentHostForTests;
    const {errors} = await captureConsole(async () => {
      element = await host();
    });
    const state = element.actionSource.state;
    expect(state.status === 'error' && state.failure.code).to.equal('internal');
    expect(errors.join()).to.contain('a bug');
  });

  it('loads again on load() after an error', async () => {
    makeDefault = () => ({id: 'x'}) as ActionDocument;
    const element = await host();
    expect(element.actionSource.state.status).to.equal('error');
    makeDefault = () => fallback;
    element.actionSource.load();
    element.requestUpdate();
    await element.updateComplete;
    expect(element.actionSource.state.status).to.equal('ready');
    expect(element.settledStates.map((state) => state.status)).to.deep.equal(['error', 'ready']);
  });
});
