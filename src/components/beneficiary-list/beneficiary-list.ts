import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import {live} from 'lit/directives/live.js';
import {localized, msg, str} from '@lit/localize';
import type {ActionDocument, BeneficiaryGroup} from '../../core/action-types.js';
import {beneficiariesShape} from '../../core/rules/beneficiaries.js';
import {defaultIdentity} from '../../core/default-data/identity.js';
import {defaultBeneficiaries} from '../../core/default-data/beneficiaries.js';
import {HfElement} from '../../core/hf-element.js';
import {formatNumber, pluralCategory} from '../../i18n/format.js';
import type {SupportedLocale} from '../../i18n/locale.js';
import {localizedText} from '../../i18n/localized-text.js';
import {searchKey} from '../../i18n/transliterate.js';
import {beneficiaryListStyles} from './beneficiary-list.styles.js';

/** Above this many members in the shown groups, the filter box appears without the `filter` attribute. */
export const AUTO_FILTER_THRESHOLD = 12;

/** A member with its display text (and, once a search starts, its search key) worked out once per document and locale. */
interface IndexedMember {
  name: string;
  note: string;
  url?: string;
  /** `searchKey` of name and note, whitespace folded: lower case, Latin script, no diacritics. */
  key?: string;
}

interface IndexedGroup {
  id: string;
  label: string;
  /** Position in the document, for unique element ids (group ids need not be unique). */
  position: number;
  members: IndexedMember[];
}

interface GroupIndex {
  source: readonly BeneficiaryGroup[];
  locale: SupportedLocale;
  groups: IndexedGroup[];
  /** Set once every member's search key is made or on its way. */
  keying: boolean;
}

/** The groups on show after `group` and the filter, with the members each one shows. */
interface FilteredView {
  groups: {group: IndexedGroup; members: IndexedMember[]}[];
  /** Members in the groups `group` selects, before filtering. */
  total: number;
  matches: number;
}

/** Members per rendering chunk: divisible by 1 to 6, so no chunk leaves a gap in a row of the grid. */
const MEMBER_CHUNK = 120;

// Thousands of these render at once: one small template, no listeners, no closures.
function renderMember(member: IndexedMember): TemplateResult {
  if (member.url) {
    return html`<div part="member" class="member" role="listitem"><a part="name" class="name" href=${member.url}>${member.name}</a>${member.note ? html`<span part="note" class="note">${member.note}</span>` : nothing}</div>`;
  }
  return html`<div part="member" class="member" role="listitem"><span part="name" class="name">${member.name}</span>${member.note ? html`<span part="note" class="note">${member.note}</span>` : nothing}</div>`;
}

/** Splits text into search words: the form `searchKey` gives, so scripts and diacritics do not matter. */
function searchWords(text: string): string[] {
  return searchKey(text).split(/\s+/).filter(Boolean);
}

// Keys are made after the first render (when the browser is idle) or by the first search,
// whichever comes first; never during the render that has to be fast.
function memberKey(member: IndexedMember): string {
  return (member.key ??= searchWords(member.note ? `${member.name} ${member.note}` : member.name).join(' '));
}

function keyAll(index: GroupIndex): void {
  for (const group of index.groups) for (const member of group.members) memberKey(member);
}

/** True when every search word occurs in the member's name or note. */
function matchesAll(member: IndexedMember, words: string[]): boolean {
  const key = memberKey(member);
  for (const word of words) if (!key.includes(word)) return false;
  return true;
}

// Full chunks of members skip layout and paint while off screen (content-visibility in the
// styles): one per member would cost more per frame than it saves, and only a full chunk's
// height can be guessed before it is laid out.
function renderChunks(members: IndexedMember[]): TemplateResult[] {
  const chunks: TemplateResult[] = [];
  for (let start = 0; start < members.length; start += MEMBER_CHUNK) {
    const chunk = members.slice(start, start + MEMBER_CHUNK);
    chunks.push(html`<div class=${chunk.length === MEMBER_CHUNK ? 'chunk full' : 'chunk'} role="none">${chunk.map(renderMember)}</div>`);
  }
  return chunks;
}

const whenIdle = (task: () => void): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(task, {timeout: 2000});
  else setTimeout(task, 100);
};

/**
 * Who benefits from the action, in groups (public institutions, civil society, business and
 * labour, victims and persons at risk) that the reader can fold, with a filter box that finds a
 * name whatever script or diacritics the reader types it in.
 *
 * @tagname hf-beneficiary-list
 * @summary Beneficiaries in collapsible groups, with a filter box and a live result count.
 *
 * @slot - Fallback content, shown before the element upgrades and when its data fails: put a
 *   plain list of the beneficiaries there.
 *
 * @csspart base - The list's outer box.
 * @csspart heading - The element's heading ("Who benefits").
 * @csspart filter - The filter area: label, hint, input and result count.
 * @csspart filter-label - The filter input's label.
 * @csspart filter-hint - The line under the label.
 * @csspart filter-input - The filter input (`type="search"`).
 * @csspart count - The live result count.
 * @csspart groups - The container of all groups.
 * @csspart group - One group.
 * @csspart group-heading - A group's heading, holding its toggle.
 * @csspart toggle - The button that folds and unfolds a group.
 * @csspart group-label - A group's name inside its toggle.
 * @csspart group-count - The number of members a group shows.
 * @csspart panel - The area a toggle controls.
 * @csspart members - A group's list of members.
 * @csspart member - One member.
 * @csspart name - A member's name (a link when the member has a URL).
 * @csspart note - A member's note.
 * @csspart no-results - The message shown when nothing matches the filter.
 * @csspart clear - The button that clears the filter.
 * @csspart loading - The loading placeholder.
 * @csspart empty - The message shown when there are no beneficiaries to show.
 * @csspart error - The error message.
 *
 * @cssprop --hf-color-text - Text colour.
 * @cssprop --hf-color-muted - Secondary text colour.
 * @cssprop --hf-color-surface - Background.
 * @cssprop --hf-color-surface-raised - Background of group headings and placeholders.
 * @cssprop --hf-color-border - Border colour.
 * @cssprop --hf-color-accent - Accent colour (the list's edge, the clear button's border).
 * @cssprop --hf-color-link - Link colour.
 * @cssprop --hf-color-focus - Focus ring.
 * @cssprop --hf-color-danger - Error text and border.
 * @cssprop --hf-color-danger-surface - Error background.
 * @cssprop --hf-radius - Corner radius.
 * @cssprop --hf-space - Base spacing.
 * @cssprop --hf-font-family - Font (inherits the page's by default).
 * @cssprop --hf-font-size - Base font size.
 * @cssprop --hf-loading-min-height - Space reserved while loading.
 *
 * @fires hf-load - The data is ready. `detail: {source, id}`.
 * @fires hf-error - The data could not be used. `detail: {code, path, message, issues}`.
 * @fires hf-toggle - The reader folded or unfolded a group. `detail: {group, expanded}`.
 * @fires hf-filter - The filter's search changed. `detail: {query, matches}`.
 */
@localized()
export class HfBeneficiaryList extends HfElement {
  static override styles = beneficiaryListStyles;
  protected static override documentShape = beneficiariesShape;
  protected static override defaultDocument = (): ActionDocument => ({...defaultIdentity, beneficiaries: defaultBeneficiaries});

  /** Starts with every group folded. */
  @property({type: Boolean, reflect: true}) collapsed = false;

  /** Id of the one group to show (`civil-society`). All groups when absent. */
  @property() group?: string;

  /** Shows the filter box; it also appears by itself above 12 members. */
  @property({type: Boolean, reflect: true}) filter = false;

  /** The filter text as typed. */
  @state() private query = '';

  /** True between `beforeprint` and `afterprint`: paper gets every group unfolded. */
  @state() private printing = false;

  /** The reader's folding while no filter is active, by group id; others follow `collapsed`. */
  private readonly foldedByReader = new Map<string, boolean>();
  /** The reader's folding during one search; matching groups are open unless folded here. */
  private readonly foldedWhileFiltering = new Map<string, boolean>();

  /** Whether the filter box is on show: `filter`, or more than AUTO_FILTER_THRESHOLD members. */
  private filterShown = false;
  /** What the next render shows, worked out in willUpdate. */
  private view?: FilteredView;
  private index?: GroupIndex;
  private filtered?: {index: GroupIndex; group?: string; words: string; view: FilteredView};
  /** The search words in force (`searchKey` form, space-separated); `''` when not filtering. */
  private activeWords = '';
  private filterEventPending = false;
  private warnedGroup?: string;

  private readonly onBeforePrint = (): void => {
    this.printing = true;
  };
  private readonly onAfterPrint = (): void => {
    this.printing = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /** Whether the group with this id is unfolded now. */
  isExpanded(groupId: string): boolean {
    if (this.printing) return true;
    if (this.filtering) return this.foldedWhileFiltering.get(groupId) ?? true;
    return this.foldedByReader.get(groupId) ?? !this.collapsed;
  }

  /** Folds or unfolds a group (toggles without `expanded`), firing `hf-toggle` when it changes. */
  toggleGroup(groupId: string, expanded = !this.isExpanded(groupId)): void {
    if (expanded === this.isExpanded(groupId)) return;
    (this.filtering ? this.foldedWhileFiltering : this.foldedByReader).set(groupId, expanded);
    this.requestUpdate();
    this.emit('hf-toggle', {group: groupId, expanded});
  }

  /** True while a search is narrowing the list. */
  private get filtering(): boolean {
    return this.activeWords !== '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A new `collapsed` value is a fresh start for every group.
    if (changed.has('collapsed')) this.foldedByReader.clear();
    const action = this.readyAction;
    if (!action) return;
    const index = this.indexFor(action.beneficiaries ?? []);
    const selected = this.selectGroups(index);
    const total = selected.reduce((sum, group) => sum + group.members.length, 0);
    this.filterShown = this.filter || total > AUTO_FILTER_THRESHOLD;
    // No search may narrow the list while its box is not on show.
    if (!this.filterShown && this.query !== '') this.setQuery('');
    this.view = this.filterView(index, selected, this.activeWords);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const index = this.index;
    if (this.filterShown && index && !index.keying) {
      index.keying = true;
      whenIdle(() => keyAll(index));
    }
    if (this.filterEventPending && this.view) {
      this.filterEventPending = false;
      this.emit('hf-filter', {query: this.query.trim(), matches: this.view.matches});
    }
  }

  private setQuery(value: string): void {
    this.query = value;
    const words = searchWords(value).join(' ');
    if (words === this.activeWords) return;
    // Each new search opens every matching group again.
    if (this.activeWords === '') this.foldedWhileFiltering.clear();
    this.activeWords = words;
    this.filterEventPending = true;
  }

  private onFilterInput(event: Event): void {
    this.setQuery((event.target as HTMLInputElement).value);
  }

  private onFilterKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || (event.target as HTMLInputElement).value === '') return;
    // Handled here, so a dialog around the element does not close on the same key.
    event.preventDefault();
    event.stopPropagation();
    this.setQuery('');
  }

  private onClearClick(): void {
    this.setQuery('');
    // The button goes away with the message; the reader continues in the input.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#filter-input')?.focus());
  }

  private onToggleClick(event: Event): void {
    this.toggleGroup((event.currentTarget as HTMLElement).dataset.group!);
  }

  /** Display text, built once per document and locale; search keys follow on the first search. */
  private indexFor(groups: readonly BeneficiaryGroup[]): GroupIndex {
    const locale = this.locale;
    if (this.index?.source === groups && this.index.locale === locale) return this.index;
    const indexed = groups.map((group, position) => ({
      id: group.id,
      label: localizedText(group.label, locale),
      position,
      members: group.members.map((member) => {
        const name = localizedText(member.name, locale);
        const note = localizedText(member.note, locale);
        return {name, note, url: member.url};
      }),
    }));
    this.index = {source: groups, locale, groups: indexed, keying: false};
    return this.index;
  }

  /** The groups `group` asks for; warns once when it names a group the data does not have. */
  private selectGroups(index: GroupIndex): IndexedGroup[] {
    const wanted = this.group?.trim();
    if (!wanted) return index.groups;
    const chosen = index.groups.filter((group) => group.id === wanted);
    if (chosen.length === 0 && this.warnedGroup !== wanted) {
      this.warnedGroup = wanted;
      const known = index.groups.map((group) => `"${group.id}"`).join(', ') || 'none';
      console.warn(`hf-beneficiary-list: no group with id "${wanted}". Groups in the data: ${known}.`);
    }
    return chosen;
  }

  /** Applies the search; remembered, so re-renders that do not change it cost nothing. */
  private filterView(index: GroupIndex, selected: IndexedGroup[], words: string): FilteredView {
    const cached = this.filtered;
    if (cached && cached.index === index && cached.group === this.group && cached.words === words) return cached.view;
    const queryWords = words ? words.split(' ') : [];
    const groups: FilteredView['groups'] = [];
    let total = 0;
    let matches = 0;
    for (const group of selected) {
      if (group.members.length === 0) continue;
      total += group.members.length;
      const members = queryWords.length === 0 ? group.members : group.members.filter((member) => matchesAll(member, queryWords));
      matches += members.length;
      if (members.length > 0 || queryWords.length === 0) groups.push({group, members});
    }
    const view = {groups, total, matches};
    this.filtered = {index, group: this.group, words, view};
    return view;
  }

  /** "18 beneficiaries", with the noun in the locale's plural form. */
  private memberCount(count: number): string {
    const n = formatNumber(count, this.locale);
    switch (pluralCategory(count, this.locale)) {
      case 'one':
        return msg(str`${n} beneficiary`, {id: 'list-members-one'});
      case 'few':
        return msg(str`${n} beneficiaries`, {id: 'list-members-few'});
      default:
        return msg(str`${n} beneficiaries`, {id: 'list-members-other'});
    }
  }

  /** The live result count: "3 of 18 beneficiaries match". */
  private resultCount(view: FilteredView): string {
    if (!this.filtering) return this.memberCount(view.total);
    if (view.matches === 0) return msg('No beneficiaries match', {id: 'list-count-none'});
    const matches = formatNumber(view.matches, this.locale);
    const total = formatNumber(view.total, this.locale);
    switch (pluralCategory(view.matches, this.locale)) {
      case 'one':
        return msg(str`${matches} of ${total} beneficiaries matches`, {id: 'list-count-one'});
      case 'few':
        return msg(str`${matches} of ${total} beneficiaries match`, {id: 'list-count-few'});
      default:
        return msg(str`${matches} of ${total} beneficiaries match`, {id: 'list-count-other'});
    }
  }

  protected renderReady(): TemplateResult {
    const view = this.view!;
    const level = this.headingLevelInRange;
    return html`
      <section part="base" class="frame list" aria-labelledby="title">
        <div part="heading" class="heading" id="title" role="heading" aria-level=${level}>${msg('Who benefits', {id: 'list-title'})}</div>
        ${view.total === 0
          ? this.renderEmpty(msg('No beneficiaries are listed.', {id: 'list-empty'}))
          : html`
              ${this.filterShown ? this.renderFilter(view) : nothing}
              <div part="groups" class="groups">${view.groups.map(({group, members}) => this.renderGroup(group, members, this.subheadingLevel))}</div>
              ${this.filtering && view.matches === 0 ? this.renderNoResults() : nothing}
            `}
      </section>
    `;
  }

  private renderFilter(view: FilteredView): TemplateResult {
    return html`
      <div part="filter" class="filter">
        <label part="filter-label" class="filter-label" for="filter-input">${msg('Filter beneficiaries', {id: 'list-filter-label'})}</label>
        <span part="filter-hint" class="filter-hint" id="filter-hint">${msg('Type part of a name, in Latin or Cyrillic letters.', {id: 'list-filter-hint'})}</span>
        <input
          part="filter-input"
          class="filter-input"
          id="filter-input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="filter-hint"
          .value=${live(this.query)}
          @input=${this.onFilterInput}
          @keydown=${this.onFilterKeydown}
        />
        <p part="count" class="count" role="status">${this.resultCount(view)}</p>
      </div>
    `;
  }

  private renderGroup(group: IndexedGroup, members: IndexedMember[], level: number): TemplateResult {
    const expanded = this.isExpanded(group.id);
    const panelId = `panel-${group.position}`;
    return html`
      <div part="group" class="group">
        <div part="group-heading" class="group-heading" role="heading" aria-level=${level}>
          <button part="toggle" class="toggle" type="button" id="toggle-${group.position}" data-group=${group.id} aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${panelId} @click=${this.onToggleClick}>
            <span part="group-label" class="group-label">${group.label}</span><span part="group-count" class="group-count"
              ><span aria-hidden="true">${formatNumber(members.length, this.locale)}</span><span class="visually-hidden">, ${this.memberCount(members.length)}</span></span
            >
            <svg class="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M3.5 6l4.5 4.5L12.5 6" /></svg>
          </button>
        </div>
        <div part="panel" class="panel" id=${panelId} ?hidden=${!expanded}>
          ${expanded ? html`<div part="members" class="members" role="list">${guard([members], () => renderChunks(members))}</div>` : nothing}
        </div>
      </div>
    `;
  }

  private renderNoResults(): TemplateResult {
    const query = this.query.trim();
    return html`
      <div part="no-results" class="no-results">
        <p>${msg(str`Nothing matches “${query}”. Try part of a word or another spelling.`, {id: 'list-no-results'})}</p>
        <button part="clear" class="clear" type="button" @click=${this.onClearClick}>${msg('Clear the filter', {id: 'list-clear'})}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hf-beneficiary-list': HfBeneficiaryList;
  }
}
