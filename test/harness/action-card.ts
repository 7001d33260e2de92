/** What the hf-action-card tests share: mounting, and reading what the element shows. */
import {html} from '@open-wc/testing';
import '../../src/hf-action-card.js';
import {type HfActionCard} from '../../src/hf-action-card.js';
import {actionCardExamples} from '../../examples/action-card.examples.js';
import {mount, parts, plain} from '../helpers.js';

export function card(template = html`<hf-action-card></hf-action-card>`): Promise<HfActionCard> {
  return mount<HfActionCard>(template);
}

export function example(name: string) {
  return actionCardExamples.find((candidate) => candidate.name === name)!;
}

export function headingTexts(element: HfActionCard): string[] {
  return parts(element, 'section-heading').map((heading) => heading.textContent!.trim());
}

export function metaValue(element: HfActionCard, key: string): string {
  return plain(element.shadowRoot!.querySelector(`.meta-${key} dd`)?.textContent);
}
