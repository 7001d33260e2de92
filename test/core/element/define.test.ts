import {expect} from '@open-wc/testing';
import {VERSION, safeDefine} from '../../../src/core/element/define.js';
import {captureConsole} from '../../helpers.js';

describe('safeDefine', () => {
  it('defines once: the same version again is a silent no-op', async () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const {warnings} = await captureConsole(() => {
      safeDefine('hf-test-same', First);
      (Second as unknown as Record<symbol, string>)[Symbol.for('hf-widgets.version')] = VERSION;
      safeDefine('hf-test-same', Second);
    });
    expect(customElements.get('hf-test-same')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first of two versions and warns once, without throwing', async () => {
    class Other extends HTMLElement {}
    (Other as unknown as Record<symbol, string>)[Symbol.for('hf-widgets.version')] = '0.0.1-other';
    customElements.define('hf-test-other', Other);
    class Ours extends HTMLElement {}
    const {warnings} = await captureConsole(() => {
      safeDefine('hf-test-other', Ours);
      safeDefine('hf-test-other', Ours);
    });
    expect(customElements.get('hf-test-other')).to.equal(Other);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1-other');
  });
});

describe('VERSION', () => {
  it("is package.json's version, written in when the sources are compiled", async () => {
    // The test runner serves the project root, package.json included.
    const {version} = (await (await fetch('/package.json')).json()) as {version: string};
    expect(version).to.match(/^\d+\.\d+\.\d+/);
    expect(VERSION).to.equal(version);
  });
});
