import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {PrintController} from '../../../src/core/element/print-controller.js';

class PrintProbe extends LitElement {
  readonly changes: boolean[] = [];
  readonly print = new PrintController(this, (printing) => this.changes.push(printing));
  renders = 0;
  protected override render() {
    this.renders++;
    return html`${this.print.printing ? 'paper' : 'screen'}`;
  }
}
customElements.define('hf-test-print-probe', PrintProbe);

describe('PrintController', () => {
  it('is true from beforeprint to afterprint, tells the host and re-renders it', async () => {
    const probe = await fixture<PrintProbe>(html`<hf-test-print-probe></hf-test-print-probe>`);
    expect(probe.print.printing).to.be.false;
    window.dispatchEvent(new Event('beforeprint'));
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('paper');
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('screen');
    expect(probe.changes).to.deep.equal([true, false]);
  });

  it('stops listening when the host is detached', async () => {
    const probe = await fixture<PrintProbe>(html`<hf-test-print-probe></hf-test-print-probe>`);
    probe.remove();
    const renders = probe.renders;
    window.dispatchEvent(new Event('beforeprint'));
    await probe.updateComplete;
    expect(probe.print.printing).to.be.false;
    expect(probe.changes).to.deep.equal([]);
    expect(probe.renders).to.equal(renders);
    window.dispatchEvent(new Event('afterprint'));
  });
});
