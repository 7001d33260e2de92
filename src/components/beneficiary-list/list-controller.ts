import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {BeneficiaryGroup} from '../../core/document/action-types.js';
import type {HfFilterDetail} from '../../core/element/events.js';
import {warnOnce} from '../../core/element/warn-once.js';
import type {SupportedLocale} from '../../i18n/locale.js';
import {filterMembers, indexMembers, searchWords, type GroupView, type MemberIndex, type MemberView} from './filter-members.js';

/** Above this many members in the shown groups, the filter box appears without the `filter` attribute. */
export const AUTO_FILTER_THRESHOLD = 12;

/**
 * Members per rendering chunk, divisible by 1 to 6 so that no chunk leaves a gap in a row of
 * the grid; the list grows by whole chunks.
 */
export const MEMBER_CHUNK = 120;

/**
 * Time one task may spend indexing, and rendering new members. Both are far below the 200 ms
 * that no task may exceed (see bench/beneficiary-list.mjs): the browser still has to lay the
 * new members out, and a slow phone or a busy machine takes several times longer.
 */
const INDEX_BUDGET_MS = 20;
const RENDER_BUDGET_MS = 20;

/** New members the first update may add; later steps follow the time the last one took. */
const FIRST_STEP = 2 * MEMBER_CHUNK;
const MAX_STEP = 8 * MEMBER_CHUNK;

/** What the list's settings are now: read on each update. */
export interface ListSettings {
  locale: SupportedLocale;
  group?: string;
  filter: boolean;
  collapsed: boolean;
  printing: boolean;
}

/** A group as the element renders it: how many of its view's members are on the page yet. */
export interface ShownGroup extends GroupView {
  expanded: boolean;
  /** The first `rendered` of `members` are on the page; the rest follow in later tasks. */
  rendered: number;
}

/** Everything the element renders, worked out from one document and the settings. */
export interface ListView {
  groups: ShownGroup[];
  total: number;
  matches: number;
  /** True while a search narrows the list. */
  filtering: boolean;
  filterShown: boolean;
  /** The query as typed, trimmed. */
  query: string;
}

/**
 * The state of one `<hf-beneficiary-list>`: the search, which groups the reader folded, the
 * search index, and how far the members are on the page.
 *
 * Big documents are indexed and rendered a slice per task (a few hundred members each): one
 * long task would keep the page from answering keys, quick exit's included. The host's
 * `updateComplete` should wait for `pending` to clear (see `whenRendered`).
 */
export class BeneficiaryListController implements ReactiveController {
  /** The filter text as typed. */
  query = '';
  /** The search words of `query`, joined by spaces. */
  private words = '';
  private folding = {collapsed: false, byReader: new Map<string, boolean>(), whileFiltering: new Map<string, boolean>()};

  /** The index for the current document and locale, and, until it is complete, the steps that build it. */
  private building?: {index: MemberIndex; steps?: Generator<MemberIndex, MemberIndex, void>};
  /** The last complete index of the current document, shown while another locale's is built. */
  private lastComplete?: MemberIndex;
  private lastView?: {index: MemberIndex; group?: string; words: string; view: MemberView};
  /** Members on the page, by group position. */
  private rendered = new Map<number, number>();
  /** New members an update may add: as many as fit RENDER_BUDGET_MS at the last update's pace. */
  private step = FIRST_STEP;
  /** The update in progress: when it began, time spent indexing in it, members it added. */
  private thisUpdate = {start: 0, indexing: 0, added: 0};

  /** Set by each render that leaves members or indexing for later tasks. */
  private pending = false;
  /** Whether the host asked for a view in the current update (it does not while loading or on error). */
  private shownThisUpdate = false;
  private nextTask?: ReturnType<typeof setTimeout>;
  private readonly waiting: (() => void)[] = [];
  /** The search words last announced with `hf-filter`. */
  private announcedWords = '';

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly settings: () => ListSettings,
    private readonly onFilter: (detail: HfFilterDetail) => void,
  ) {
    host.addController(this);
  }

  /** Whether the group with this id is unfolded now. */
  isExpanded(groupId: string): boolean {
    const {printing, collapsed} = this.settings();
    if (printing) return true;
    if (this.words !== '') return this.folding.whileFiltering.get(groupId) ?? true;
    return this.folding.byReader.get(groupId) ?? !collapsed;
  }

  /** Folds or unfolds a group; returns false when it already was so. */
  setExpanded(groupId: string, expanded: boolean): boolean {
    if (expanded === this.isExpanded(groupId)) return false;
    (this.words !== '' ? this.folding.whileFiltering : this.folding.byReader).set(groupId, expanded);
    this.host.requestUpdate();
    return true;
  }

  setQuery(value: string): void {
    this.search(value);
    this.host.requestUpdate();
  }

  /** Resolves once every member of the current view is on the page (or the host is detached). */
  async whenRendered(): Promise<void> {
    while (this.pending && this.host.isConnected) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /**
   * The view of `source` for this update, with the index and folding it needs brought up to date;
   * the host calls it once per update, from `willUpdate`, and renders what it returns.
   */
  show(source: readonly BeneficiaryGroup[]): ListView {
    this.startUpdate();
    this.shownThisUpdate = true;
    const settings = this.settings();
    const index = this.indexFor(source, settings);
    let view = this.viewOf(index, settings.group);
    const filterShown = settings.filter || view.total > AUTO_FILTER_THRESHOLD;
    // No search may narrow the list while its box is not on show.
    if (!filterShown && this.query !== '') {
      this.search('');
      view = this.viewOf(index, settings.group);
    }
    if (view.unknownGroup !== undefined) {
      const known = index.groups.map((group) => `"${group.id}"`).join(', ') || 'none';
      warnOnce(`hf-beneficiary-list: no group with id "${view.unknownGroup}". Groups in the data: ${known}.`);
    }
    const groups = this.place(view.groups, settings.printing);
    this.pending = this.indexing || groups.some((group) => group.expanded && group.rendered < group.count);
    return {groups, total: view.total, matches: view.matches, filtering: view.words !== '', filterShown, query: this.query.trim()};
  }

  hostConnected(): void {
    // Work left when the host was detached goes on.
    if (this.pending) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.nextTask);
    this.nextTask = undefined;
    this.release();
  }

  hostUpdate(): void {
    // An update that shows the loading or error state, not the list, leaves no work for later.
    if (!this.shownThisUpdate) this.startUpdate();
  }

  private startUpdate(): void {
    const {collapsed} = this.settings();
    // A new `collapsed` value is a fresh start for every group.
    if (collapsed !== this.folding.collapsed) this.folding = {collapsed, byReader: new Map(), whileFiltering: this.folding.whileFiltering};
    this.pending = false;
    this.thisUpdate = {start: performance.now(), indexing: 0, added: 0};
  }

  hostUpdated(): void {
    this.shownThisUpdate = false;
    this.adaptStep();
    this.announceSearch();
    if (!this.pending) return this.release();
    if (this.nextTask === undefined && this.host.isConnected) this.nextTask = setTimeout(this.runTask);
  }

  /** One later task: more of the index, then a render that adds the next members. */
  private readonly runTask = (): void => {
    this.nextTask = undefined;
    this.advanceIndex(INDEX_BUDGET_MS);
    this.host.requestUpdate();
  };

  /** True until the index of the current document and locale is complete. */
  private get indexing(): boolean {
    return this.building?.index.complete === false;
  }

  private search(value: string): void {
    this.query = value;
    const words = searchWords(value).join(' ');
    // Each new search opens every matching group again.
    if (this.words === '' && words !== '') this.folding.whileFiltering.clear();
    this.words = words;
  }

  /** Sizes the next step from the cost per member of this one (a chunk at least). */
  private adaptStep(): void {
    const {start, indexing, added} = this.thisUpdate;
    if (added < MEMBER_CHUNK) return;
    const perMember = Math.max(performance.now() - start - indexing, 1) / added;
    const chunks = Math.floor(RENDER_BUDGET_MS / perMember / MEMBER_CHUNK);
    this.step = Math.min(Math.max(chunks, 1) * MEMBER_CHUNK, MAX_STEP);
  }

  private release(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** `hf-filter`, once per different search, when its matches are known. */
  private announceSearch(): void {
    const shown = this.lastView;
    if (!shown || !shown.index.complete || shown.view.words === this.announcedWords) return;
    this.announcedWords = shown.view.words;
    this.onFilter({query: this.query.trim(), matches: shown.view.matches});
  }

  /**
   * The index to show: built once per document and locale, a slice per task. While another
   * locale's index is built, the last complete one stays on show, so the list does not shrink.
   */
  private indexFor(source: readonly BeneficiaryGroup[], {locale, printing}: ListSettings): MemberIndex {
    let building = this.building;
    if (building?.index.source !== source || building.index.locale !== locale) {
      if (building?.index.source !== source) {
        this.lastComplete = undefined;
        this.rendered = new Map();
      }
      // Back to the locale already indexed, before the other one was done: nothing to build.
      if (this.lastComplete?.locale === locale) {
        building = this.building = {index: this.lastComplete};
      } else {
        const steps = indexMembers(source, locale);
        building = this.building = {steps, index: steps.next().value};
        this.advanceIndex(INDEX_BUDGET_MS);
      }
    }
    // Paper cannot wait for later tasks.
    if (printing) this.advanceIndex(Infinity);
    return building.index.complete || !this.lastComplete ? building.index : this.lastComplete;
  }

  private advanceIndex(budgetMs: number): void {
    const building = this.building;
    if (!building?.steps || building.index.complete) return;
    const start = performance.now();
    while (!building.steps.next().done && performance.now() - start < budgetMs);
    if (building.index.complete) this.lastComplete = building.index;
    // Inside an update this time is not the rendering's.
    this.thisUpdate.indexing += performance.now() - start;
  }

  /** The view for the search in force, remembered until index, group or search change. */
  private viewOf(index: MemberIndex, group: string | undefined): MemberView {
    // A search waits for the whole index: matches among part of it would be wrong.
    const words = index.complete ? this.words : '';
    const last = this.lastView;
    if (last && last.index === index && last.group === group && last.words === words) return last.view;
    const view = filterMembers(index, {group, query: words});
    this.lastView = {index, group, words, view};
    return view;
  }

  /**
   * How many members of each group go on the page in this render: as many as last time, then
   * up to `step` new ones, in order. Folded groups hold none.
   */
  private place(groups: GroupView[], printing: boolean): ShownGroup[] {
    let budget = printing ? Infinity : this.step;
    const before = this.rendered;
    this.rendered = new Map();
    return groups.map((view) => {
      const expanded = this.isExpanded(view.group.id);
      if (!expanded) return {...view, expanded, rendered: 0};
      const kept = Math.min(before.get(view.group.position) ?? 0, view.members.length);
      const added = Math.min(view.members.length - kept, budget);
      budget -= added;
      this.thisUpdate.added += added;
      this.rendered.set(view.group.position, kept + added);
      return {...view, expanded, rendered: kept + added};
    });
  }
}
