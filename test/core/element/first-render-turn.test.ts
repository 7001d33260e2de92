import {expect} from '@open-wc/testing';
import '../../../src/hf-hotline-banner.js';
import '../../../src/hf-action-card.js';
import '../../../src/hf-budget-breakdown.js';
import '../../../src/hf-beneficiary-list.js';
import type {HfElement} from '../../../src/core/element/hf-element.js';

/** Lets the current task's microtasks run (Lit's first update is queued as one) without ending the task. */
async function microtasksOfThisTask(): Promise<void> {
  for (let hop = 0; hop < 20; hop++) await Promise.resolve();
}

/** Ends the current task and any turn still pending from an earlier test. */
function laterTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}

function append(...tags: string[]): HfElement[] {
  const elements = tags.map((tag) => document.createElement(tag) as HfElement);
  document.body.append(...elements);
  return elements;
}

/** Page text after the elements, in the viewport: a later render would push it down. */
function textAfter(): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'text-after';
  paragraph.textContent = 'The page goes on after the elements.';
  document.body.append(paragraph);
  return paragraph;
}

describe('first render turn', () => {
  afterEach(() => {
    for (const element of document.body.querySelectorAll(
      'hf-hotline-banner, hf-action-card, hf-budget-breakdown, hf-beneficiary-list, .text-after',
    ))
      element.remove();
  });

  it('renders a lone element within the task that connected it', async () => {
    await laterTask();
    const [card] = append('hf-action-card');
    await microtasksOfThisTask();
    expect(card.hasUpdated).to.be.true;
  });

  it('renders the first element at once and the later ones in later tasks when nothing follows them', async () => {
    await laterTask();
    const [banner, card, budget] = append('hf-hotline-banner', 'hf-action-card', 'hf-budget-breakdown');
    await microtasksOfThisTask();
    expect(banner.hasUpdated, 'banner').to.be.true;
    expect(card.hasUpdated, 'card').to.be.false;
    expect(budget.hasUpdated, 'budget').to.be.false;
    await Promise.all([card.updateComplete, budget.updateComplete]);
    expect(card.shadowRoot!.querySelector('[part~="base"]'), 'card').to.exist;
    expect(budget.shadowRoot!.querySelector('[part~="base"]'), 'budget').to.exist;
  });

  it('renders every element in the same task when visible page text follows them, so nothing shifts', async () => {
    await laterTask();
    const [banner, card] = append('hf-hotline-banner', 'hf-action-card');
    textAfter();
    await microtasksOfThisTask();
    expect(banner.hasUpdated, 'banner').to.be.true;
    expect(card.hasUpdated, 'card').to.be.true;
  });

  it('looks past a shadow root for page text after the elements', async () => {
    await laterTask();
    const host = document.createElement('div');
    host.className = 'text-after';
    const [banner, card] = ['hf-hotline-banner', 'hf-action-card'].map((tag) => document.createElement(tag) as HfElement);
    host.attachShadow({mode: 'open'}).append(banner, card);
    document.body.append(host);
    textAfter();
    await microtasksOfThisTask();
    expect(banner.hasUpdated, 'banner').to.be.true;
    expect(card.hasUpdated, 'card').to.be.true;
  });

  it('still defers an element that starts below the viewport', async () => {
    await laterTask();
    const [banner] = append('hf-hotline-banner');
    const spacer = textAfter();
    spacer.style.height = `${window.innerHeight * 2}px`;
    const [card] = append('hf-action-card');
    textAfter();
    await microtasksOfThisTask();
    expect(banner.hasUpdated, 'banner').to.be.true;
    expect(card.hasUpdated, 'card below the viewport').to.be.false;
    await card.updateComplete;
    expect(card.hasUpdated).to.be.true;
  });

  it("renders at once an element that holds the page's fallback, which waiting would hide", async () => {
    await laterTask();
    const [card, banner] = append('hf-action-card', 'hf-hotline-banner');
    const fallback = document.createElement('a');
    fallback.href = 'tel:+381117850000';
    fallback.textContent = '011 785 0000';
    banner.append(fallback);
    await microtasksOfThisTask();
    expect(card.hasUpdated, 'card').to.be.true;
    // Its shadow root is attached when it connects: until it renders, the fallback is not shown.
    expect(banner.hasUpdated, 'banner with a fallback').to.be.true;
    const rendered = banner.shadowRoot!.querySelector('a[href^="tel:"]');
    const numbersShown = [fallback, rendered].some((link) => link && link.getBoundingClientRect().height > 0);
    expect(numbersShown, 'a number on screen: the fallback or the rendered one').to.be.true;
  });

  it('keeps the document order of the turns', async () => {
    await laterTask();
    const order: string[] = [];
    const elements = append('hf-budget-breakdown', 'hf-action-card', 'hf-beneficiary-list');
    await Promise.all(elements.map((element) => element.updateComplete.then(() => order.push(element.localName))));
    expect(order).to.deep.equal(['hf-budget-breakdown', 'hf-action-card', 'hf-beneficiary-list']);
  });

  it('never makes the hotline banner wait, even without a fallback and with nothing after it', async () => {
    await laterTask();
    const [card, banner, budget] = append('hf-action-card', 'hf-hotline-banner', 'hf-budget-breakdown');
    await microtasksOfThisTask();
    expect(card.hasUpdated, 'card').to.be.true;
    expect(banner.hasUpdated, 'banner').to.be.true;
    expect(budget.hasUpdated, 'budget, which may wait').to.be.false;
    await budget.updateComplete;
  });

  it("renders at once any element that holds the page's fallback", async () => {
    await laterTask();
    const [card, budget] = append('hf-action-card', 'hf-budget-breakdown');
    budget.append(Object.assign(document.createElement('p'), {textContent: 'Action budget: €1,000,000'}));
    await microtasksOfThisTask();
    expect(card.hasUpdated, 'card').to.be.true;
    expect(budget.hasUpdated, 'budget with a fallback').to.be.true;
  });
});
