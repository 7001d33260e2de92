/**
 * The document controller alone, on a minimal host: one state at a time, the source order, a
 * retry, and the line between the page's mistakes (data errors) and ours (`internal`).
 */
import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, type PropertyValues} from 'lit';
import {ActionDocumentController, type DocumentState} from '../../../src/core/loading/document-controller.js';
import type {ActionDocument} from '../../../src/core/document/action-types.js';
import {clearActionRequests} from '../../../src/core/loading/load-action.js';
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
    shape: async () => hotlinesShape,
    defaultDocument: () => makeDefault(),
    onSettled: (state) => this.settledStates.push(state),
  });

  // As HfElement does: the host starts a load once per update, before it derives anything.
  protected override willUpdate(changed: PropertyValues): void {
    this.actionSource.sync();
    super.willUpdate(changed);
  }

  // As HfElement does: an update completes once a given document no longer waits for the validator.
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let loading = this.actionSource.validatorLoading; loading; loading = this.actionSource.validatorLoading) {
      await loading;
      complete = await super.getUpdateComplete();
    }
    return complete;
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
    const element = await host(html`<document-host-for-tests .data=${{id: 'x'}}></document-host-for-tests>`);
    expect(element.actionSource.state.status).to.equal('error');
    element.data = {id: 'x', title: 'X'};
    element.actionSource.load();
    element.requestUpdate();
    await element.updateComplete;
    expect(element.actionSource.state.status).to.equal('ready');
    expect(element.settledStates.map((state) => state.status)).to.deep.equal(['error', 'ready']);
  });

  it('shows the default document without loading the validator (the build checks it)', async () => {
    makeDefault = () => ({id: 'not checked here'}) as ActionDocument;
    const element = await host();
    expect(element.actionSource.state).to.deep.include({status: 'ready', source: 'default'});
    expect(element.actionSource.validatorLoading).to.equal(undefined);
  });

  it('loads the validator and rules for the first given document, once, and shows its verdict when an update completes', async () => {
    const element = await host();
    let shapeLoads = 0;
    element.actionSource['options'].shape = async () => {
      shapeLoads++;
      return hotlinesShape;
    };
    element.data = {id: 'given', title: 'G', hotlines: 'no'};
    await element.updateComplete;
    const state = element.actionSource.state;
    expect(state.status === 'error' && state.failure.path).to.equal('hotlines');
    element.data = {id: 'again', title: 'A'};
    await element.updateComplete;
    expect(element.actionSource.state).to.deep.include({status: 'ready', source: 'data'});
    // The rules came once, and the later document was checked with them.
    expect(shapeLoads).to.equal(1);
  });

  it('a validator that cannot be loaded is a fetch failure of the given document, not a bug of ours', async () => {
    const element = await host();
    element.actionSource['options'].shape = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    let state!: DocumentState;
    const {errors} = await captureConsole(async () => {
      element.data = {id: 'given', title: 'G'};
      await element.updateComplete;
      state = element.actionSource.state;
    });
    expect(state.status === 'error' && state.failure.code).to.equal('fetch-failed');
    expect(state.status === 'error' && state.failure.message).to.contain('Failed to fetch dynamically imported module');
    expect(errors).to.deep.equal([]);
  });

  it('a data change while the validator loads settles only the newer document', async () => {
    const element = await host();
    element.data = {id: 'first', title: 'F'};
    element.requestUpdate();
    await new Promise((resolve) => setTimeout(resolve, 0));
    element.data = {id: 'second', title: 'S'};
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const state = element.actionSource.state;
    expect(state.status === 'ready' && state.action.id).to.equal('second');
    expect(element.settledStates.map((s) => (s.status === 'ready' ? s.action.id : s.status))).to.not.include('first');
  });
});
