/**
 * The malformed-document corpus (test/fixtures/bad-documents/) against every element: each
 * document yields an error naming the field in the elements that read that field, an `hf-error`
 * event, and nothing executed or leaked to the page. Elements that do not read the broken field
 * still show their part.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import {clearActionRequests} from '../../src/testing/test-hooks.js';
import {partText, stateOf} from '../helpers.js';

/**
 * The four elements, and the top-level fields each must refuse a broken document for, written
 * out here rather than read from the elements: an element that fails to register, or loses a
 * part of its rules, fails these tests instead of dropping or flipping their cases. A broken
 * document as a whole (syntax, id, title) is every element's to refuse.
 */
const REFUSED_PARTS = {
  'hf-hotline-banner': ['hotlines'],
  'hf-action-card': [
    'summary',
    'goal',
    'country',
    'period',
    'programme',
    'budget',
    'approach',
    'results',
    'beneficiaries',
    'previousPhases',
    'links',
    'attribution',
  ],
  'hf-budget-breakdown': ['programme', 'budget'],
  'hf-beneficiary-list': ['beneficiaries'],
} as const;
const TAGS = Object.keys(REFUSED_PARTS) as (keyof typeof REFUSED_PARTS)[];

interface Expected {
  code: string;
  path: string;
  /** The top-level field at fault; '' when the whole document is (syntax, id, title). */
  part: string;
}

const corpus: Record<string, Expected> = await (await fetch('/test/fixtures/bad-documents/expected.json')).json();

function mustRefuse(tag: keyof typeof REFUSED_PARTS, part: string): boolean {
  if (!part || part === 'id' || part === 'title') return true;
  return (REFUSED_PARTS[tag] as readonly string[]).includes(part);
}

/** Mounts the element and resolves with the first hf-load or hf-error it fires. */
async function mount(tag: string, src: string): Promise<{element: HTMLElement; event: CustomEvent; pageNodes: number}> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const pageNodes = document.head.childElementCount + document.body.childElementCount;
  const element = document.createElement(tag);
  const event = new Promise<CustomEvent>((resolve) => {
    element.addEventListener('hf-load', (e) => resolve(e as CustomEvent), {once: true});
    element.addEventListener('hf-error', (e) => resolve(e as CustomEvent), {once: true});
  });
  element.setAttribute('src', src);
  container.append(element);
  const fired = await event;
  await (element as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
  return {element, event: fired, pageNodes};
}

afterEach(() => clearActionRequests());

it('has at least 25 malformed documents, each with a part that some element must refuse', () => {
  expect(Object.keys(corpus).length).to.be.at.least(25);
  for (const [file, {part}] of Object.entries(corpus))
    expect(
      TAGS.some((tag) => mustRefuse(tag, part)),
      file,
    ).to.be.true;
});

it('registers all four elements', () => {
  for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
});

for (const tag of TAGS) {
  describe(`<${tag}> with malformed documents`, () => {
    for (const [file, expected] of Object.entries(corpus)) {
      const reads = mustRefuse(tag, expected.part);
      it(`${file}: ${reads ? `${expected.code} at "${expected.path}"` : 'not its part: still shown'}`, async () => {
        const {element, event, pageNodes} = await mount(tag, `/test/fixtures/bad-documents/${file}`);
        if (reads) {
          expect(event.type).to.equal('hf-error');
          expect(event.detail.code).to.equal(expected.code);
          expect(event.detail.path).to.equal(expected.path);
          expect(event.bubbles && event.composed).to.be.true;
          expect(stateOf(element)).to.equal('error');
          // The banner's readers never see the technical detail (issue 21): only the event carries it.
          if (tag === 'hf-hotline-banner') expect(partText(element, 'error')).not.to.contain(expected.path || 'could not be shown');
          else if (expected.path) expect(partText(element, 'error')).to.contain(expected.path);
        } else {
          expect(event.type).to.equal('hf-load');
          expect(stateOf(element)).not.to.equal('error');
        }
        // Nothing leaks to the host page: no nodes added outside the fixture, no globals set.
        expect(document.head.childElementCount + document.body.childElementCount).to.equal(pageNodes);
        expect((window as {__hfLeak?: unknown}).__hfLeak).to.equal(undefined);
      });
    }

    it('renders markup in every text field as text, executing nothing', async () => {
      const {element, event} = await mount(tag, '/test/fixtures/markup-in-text.json');
      expect(event.type).to.equal('hf-load');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const root = element.shadowRoot!;
      expect(root.querySelectorAll('img, script, iframe, marquee, style:not([data-hf]), b, i, u')).to.have.length(0);
      for (const svg of root.querySelectorAll('svg')) expect(svg.getAttribute('onload')).to.equal(null);
      expect((window as {__hfLeak?: unknown}).__hfLeak).to.equal(undefined);
    });
  });
}
