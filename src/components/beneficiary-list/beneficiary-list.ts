import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {live} from 'lit/directives/live.js';
import {msg, str} from '@lit/localize';
import type {ActionDocument, BeneficiaryGroup} from '../../core/document/action-types.js';
import {defaultIdentity} from '../../core/document/default-data/identity.js';
import {defaultBeneficiaries} from '../../core/document/default-data/beneficiaries.js';
import {HfElement} from '../../core/element/hf-element.js';
import {styleProperty} from '../../core/element/style-property.js';
import {PrintController} from '../../core/element/print-controller.js';
import {formatNumber, pluralCategory} from '../../i18n/format.js';
import {beneficiaryListStyles} from './beneficiary-list.styles.js';
import type {IndexedMember} from './filter-members.js';
import {BeneficiaryListController, MEMBER_CHUNK, type ListView, type ShownGroup} from './list-controller.js';

const NO_GROUPS: readonly BeneficiaryGroup[] = [];

// Thousands of these render at once: one small template, no listeners, no closures.
function renderMember(member: IndexedMember): TemplateResult {
  const name = member.url
    ? html`<a part="name" class="name" href=${member.url} lang=${member.nameLang ?? nothing}>${member.name}</a>`
    : html`<span part="name" class="name" lang=${member.nameLang ?? nothing}>${member.name}</span>`;
  return html`<div part="member" class="member" role="listitem">${name}${member.note ? html`<span part="note" class="note" lang=${member.noteLang ?? nothing}>${member.note}</span>` : nothing}</div>`;
}

// In a long list, chunks of members skip style, layout and paint while off screen
// (content-visibility in the styles, with a height guessed from the member count): one per
// member would cost more per frame than it saves. `guard` compares a chunk's members one by
// one, so a chunk renders again only when they change: a keystroke that keeps the same
// matches, or the list growing task by task, leaves the chunks already on the page alone.
function renderChunks(members: IndexedMember[], rendered: number): unknown[] {
  const chunks: unknown[] = [];
  for (let start = 0; start < rendered; start += MEMBER_CHUNK) {
    const chunk = members.slice(start, Math.min(start + MEMBER_CHUNK, rendered));
    // The member count goes in through the CSSOM, which a strict CSP allows (style-property.ts).
    const sized = styleProperty('--_chunk-members', String(chunk.length));
    chunks.push(guard(chunk, () => html`<div class="chunk" role="none" ${sized}>${chunk.map(renderMember)}</div>`));
  }
  return chunks;
}

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
export class HfBeneficiaryList extends HfElement {
  static override styles = beneficiaryListStyles;
  static override properties: PropertyDeclarations = {
    collapsed: {type: Boolean, reflect: true},
    group: {},
    filter: {type: Boolean, reflect: true},
  };
  protected static override documentShape = () =>
    import('../../core/document/rules/beneficiaries.js').then((rules) => rules.beneficiariesShape);
  protected static override defaultDocument = (): ActionDocument => ({...defaultIdentity, beneficiaries: defaultBeneficiaries});

  /** Starts with every group folded. */
  collapsed = false;

  /** Id of the one group to show (`civil-society`). All groups when absent. */
  group?: string;

  /** Shows the filter box; it also appears by itself above 12 members. */
  filter = false;

  /** Paper gets every group unfolded. */
  private readonly print = new PrintController(this);

  /** The search, the folding, the index, and how far a big list is on the page. */
  private readonly list = new BeneficiaryListController(
    this,
    () => ({locale: this.locale, group: this.group, filter: this.filter, collapsed: this.collapsed, printing: this.print.printing}),
    (detail) => this.emit('hf-filter', detail),
  );

  /** What this update shows of the list (derived in willUpdate; undefined unless the document is ready). */
  private view?: ListView;

  /** Whether the group with this id is unfolded now. */
  isExpanded(groupId: string): boolean {
    return this.list.isExpanded(groupId);
  }

  /** Folds or unfolds a group (toggles without `expanded`), firing `hf-toggle` when it changes. */
  toggleGroup(groupId: string, expanded = !this.isExpanded(groupId)): void {
    if (this.list.setExpanded(groupId, expanded)) this.emit('hf-toggle', {group: groupId, expanded});
  }

  // A big list reaches the page over several tasks; "updated" means all of it is there.
  protected override async getUpdateComplete(): Promise<boolean> {
    let result: boolean;
    do {
      result = await super.getUpdateComplete();
      await this.list.whenRendered();
    } while (this.isUpdatePending);
    return result;
  }

  private onFilterInput(event: Event): void {
    this.list.setQuery((event.target as HTMLInputElement).value);
  }

  private onFilterKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || (event.target as HTMLInputElement).value === '') return;
    // Handled here, so a dialog around the element does not close on the same key.
    event.preventDefault();
    event.stopPropagation();
    this.list.setQuery('');
  }

  private onClearClick(): void {
    // The button goes away with the message; the reader continues in the input.
    this.renderRoot.querySelector<HTMLInputElement>('#filter-input')?.focus();
    this.list.setQuery('');
  }

  private onToggleClick(event: Event): void {
    this.toggleGroup((event.currentTarget as HTMLElement).dataset.group!);
  }

  /**
   * "18 entries", with the noun in the locale's plural form. Entries, not beneficiaries: one
   * entry ("civil society organisations") may stand for many.
   */
  private memberCount(count: number): string {
    const n = formatNumber(count, this.locale);
    switch (pluralCategory(count, this.locale)) {
      case 'one':
        return msg(str`${n} entry`, {id: 'list-members-one'});
      case 'few':
        return msg(str`${n} entries`, {id: 'list-members-few'});
      default:
        return msg(str`${n} entries`, {id: 'list-members-other'});
    }
  }

  /** The live result count: "Showing 3 of 18 entries" (the noun agrees with the total). */
  private resultCount(view: ListView): string {
    if (!view.filtering) return this.memberCount(view.total);
    if (view.matches === 0) return msg('No entry matches', {id: 'list-count-none'});
    const matches = formatNumber(view.matches, this.locale);
    const total = formatNumber(view.total, this.locale);
    switch (pluralCategory(view.total, this.locale)) {
      case 'one':
        return msg(str`Showing ${matches} of ${total} entry`, {id: 'list-count-one'});
      case 'few':
        return msg(str`Showing ${matches} of ${total} entries`, {id: 'list-count-few'});
      default:
        return msg(str`Showing ${matches} of ${total} entries`, {id: 'list-count-other'});
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.actionSource.state;
    this.view = state.status === 'ready' ? this.list.show(state.action.beneficiaries ?? NO_GROUPS) : undefined;
  }

  protected renderReady(): TemplateResult {
    const view = this.view!;
    return html`
      <section part="base" class="frame list" aria-labelledby="title" lang=${this.locale}>
        <div part="heading" class="heading" id="title" role="heading" aria-level=${this.headingLevelInRange}>${msg('Who benefits', {id: 'list-title'})}</div>
        ${
          view.total === 0
            ? this.renderEmpty(msg('No beneficiaries are listed.', {id: 'list-empty'}))
            : html`
              ${view.filterShown ? this.renderFilter(view) : nothing}
              <div part="groups" class=${view.matches > MEMBER_CHUNK ? 'groups long' : 'groups'}>${view.groups.map((group) => this.renderGroup(group))}</div>
              ${view.filtering && view.matches === 0 ? this.renderNoResults(view.query) : nothing}
            `
        }
      </section>
    `;
  }

  private renderFilter(view: ListView): TemplateResult {
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
          .value=${live(this.list.query)}
          @input=${this.onFilterInput}
          @keydown=${this.onFilterKeydown}
        />
        <p part="count" class="count" role="status">${this.resultCount(view)}</p>
      </div>
    `;
  }

  private renderGroup({group, members, count, expanded, rendered}: ShownGroup): TemplateResult {
    const panelId = `panel-${group.position}`;
    // The count says what it counts ("9 entries") on screen as well: the button's name is then
    // its visible text, with no hidden punctuation that screen readers would read oddly.
    return html`
      <div part="group" class="group">
        <div part="group-heading" class="group-heading" role="heading" aria-level=${this.subheadingLevel}>
          <button part="toggle" class="toggle" type="button" id="toggle-${group.position}" data-group=${group.id} aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${panelId} @click=${this.onToggleClick}>
            <span part="group-label" class="group-label" lang=${group.labelLang ?? nothing}>${group.label}</span>
            <span part="group-count" class="group-count">${this.memberCount(count)}</span>
            <svg class="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M3.5 6l4.5 4.5L12.5 6" /></svg>
          </button>
        </div>
        <div part="panel" class="panel" id=${panelId} ?hidden=${!expanded}>
          ${expanded ? html`<div part="members" class="members" role="list">${renderChunks(members, rendered)}</div>` : nothing}
        </div>
      </div>
    `;
  }

  private renderNoResults(query: string): TemplateResult {
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
