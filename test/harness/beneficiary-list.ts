/** What the hf-beneficiary-list tests share: mounting, and reading what the element shows. */
import {html} from '@open-wc/testing';
import '../../src/hf-beneficiary-list.js';
import type {HfBeneficiaryList} from '../../src/hf-beneficiary-list.js';
import type {ActionDocument, BeneficiaryMember} from '../../src/core/document/action-types.js';
import {mount, parts, settled} from '../helpers.js';

export const LARGE_EXAMPLE = '5,000 members';

export function list(template = html`<hf-beneficiary-list></hf-beneficiary-list>`): Promise<HfBeneficiaryList> {
  return mount<HfBeneficiaryList>(template);
}

export const filterInput = (element: HfBeneficiaryList) => parts(element, 'filter-input')[0] as HTMLInputElement | undefined;
export const toggles = (element: HfBeneficiaryList) => parts(element, 'toggle') as HTMLButtonElement[];
export const groupLabels = (element: HfBeneficiaryList) => parts(element, 'group-label').map((label) => label.textContent!.trim());
export const memberNames = (element: HfBeneficiaryList) => parts(element, 'name').map((name) => name.textContent!.trim());

/** Types into the filter as the browser reports it: a new value, then an `input` event. */
export async function typeFilter(element: HfBeneficiaryList, value: string): Promise<void> {
  const input = filterInput(element)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  await settled(element);
}

/** A document of `total` members of which `matching` are named "Пример …" (the rest "Остало …"). */
export function countingDocument(matching: number, total: number): ActionDocument {
  const members: BeneficiaryMember[] = Array.from({length: total}, (_, i) => ({
    name: i < matching ? `Пример ${i + 1}` : `Остало ${i + 1}`,
  }));
  return {id: 'counting', title: 'Counting', beneficiaries: [{id: 'all', label: 'All', members}]};
}

export function documentWith(memberCount: number): ActionDocument {
  return {
    id: 'n',
    title: 'N',
    beneficiaries: [{id: 'all', label: 'All', members: Array.from({length: memberCount}, (_, i) => ({name: `Member ${i + 1}`}))}],
  };
}
