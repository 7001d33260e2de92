/**
 * Loads an element's action document and holds one state: `loading`, `ready` with the action,
 * or `error` with the failure (in the spirit of Lit's `Task`). The sources, highest first: the
 * host's `data` property, an inline `<script type="application/json">` child, its `src`
 * attribute, else the element's default document. A new `data` or `src` starts again and
 * cancels what the old one was waiting for; so does a reconnect after a disconnect mid-load.
 *
 * The default document is shown as it is: the build checks it (scripts/lib/check-default-data.mjs).
 * Only a document the page gives is validated, with the validator and the element's rules
 * loaded on the first such load (data-loading.ts), so a page with the default data never fetches them.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ActionDocument} from '../document/action-types.js';
import {DataError} from './data-error.js';
import type {HfLoadDetail} from '../element/events.js';
import type {DocumentRequest} from './load-action.js';
import type {Shape} from '../document/schema.js';

type DataLoading = typeof import('./data-loading.js');

/** The validator and loading, with the rules of the parts one element shows. */
interface DataTools {
  readonly loading: DataLoading;
  readonly shape: Shape;
}

export type DocumentSource = HfLoadDetail['source'];

export type DocumentState =
  | {readonly status: 'loading'}
  | {readonly status: 'ready'; readonly action: ActionDocument; readonly source: DocumentSource}
  | {readonly status: 'error'; readonly failure: DataError};

export interface DocumentHost extends ReactiveControllerHost, Element {
  data?: unknown;
  src?: string;
}

export interface DocumentOptions {
  /** Loads the rules of the parts the element shows (a dynamic import, so they come only with data). */
  shape: () => Promise<Shape>;
  /** The document shown when the element is given none. */
  defaultDocument: () => ActionDocument;
  /** Called after the render that shows a new `ready` or `error` state (to fire `hf-load` / `hf-error`). */
  onSettled: (state: Exclude<DocumentState, {status: 'loading'}>) => void;
}

export class ActionDocumentController implements ReactiveController {
  state: DocumentState = {status: 'loading'};

  /** The `data` and `src` the current state was loaded for; undefined forces a new load. */
  private loadedFrom?: {data: unknown; src: string | undefined};
  /** What the current load waits for: a `src` request, or a large document checked in slices. */
  private request?: DocumentRequest;
  private unannounced = false;
  /** The validator and the element's rules, once a given document has needed them. */
  private tools?: DataTools;
  /** While they load for the current state: settles after the state has moved on from them. */
  private toolsLoading?: Promise<void>;

  constructor(
    private readonly host: DocumentHost,
    private readonly options: DocumentOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.loadedFrom) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Nobody will see an answer now: stop waiting, and load again on reconnect.
    if (this.request) {
      this.cancel();
      this.loadedFrom = undefined;
    }
  }

  /**
   * Starts a load when `data` or `src` changed since the last one. The host calls it once per
   * update, at the start of its `willUpdate`, so that what it derives there sees the new state
   * (a controller's `hostUpdate` would come after `willUpdate`).
   */
  sync(): void {
    const {data, src} = this.host;
    if (!this.loadedFrom || this.loadedFrom.data !== data || this.loadedFrom.src !== src) this.load();
  }

  hostUpdated(): void {
    if (!this.unannounced || this.state.status === 'loading') return;
    this.unannounced = false;
    this.options.onSettled(this.state);
  }

  /** Loads again from the current source (a retry after an error); the host re-renders. */
  load(): void {
    this.cancel();
    const {data, src} = this.host;
    this.loadedFrom = {data, src};
    const inline = data === undefined ? this.host.querySelector(':scope > script[type="application/json"]') : null;
    if (data === undefined && !inline && !src) {
      try {
        return this.settle({status: 'ready', action: this.options.defaultDocument(), source: 'default'});
      } catch (error) {
        return this.fail(error);
      }
    }
    const fromGivenSource = (tools: DataTools): void => {
      try {
        if (data !== undefined) return this.accept(tools, data, 'data');
        if (inline) return this.accept(tools, tools.loading.parseInlineJson(inline.textContent ?? ''), 'inline');
      } catch (error) {
        return this.fail(error);
      }
      this.state = {status: 'loading'};
      this.awaitResult(tools.loading.requestActionJson(src!), (json) => this.accept(tools, json, 'src'));
    };
    if (this.tools) return fromGivenSource(this.tools);
    this.state = {status: 'loading'};
    const result = Promise.all([import('./data-loading.js'), this.options.shape()]).then(
      ([loading, shape]) => ({loading, shape}),
      (error: unknown) => {
        // The file beside the element did not come (offline, moved): the page keeps its fallback.
        throw DataError.single('fetch-failed', '', `Could not load the validator for this document: ${String(error)}`);
      },
    );
    this.awaitResult({result, release() {}}, (tools) => {
      this.tools = tools;
      fromGivenSource(tools);
    });
    const loading = result.then(
      () => {},
      () => {},
    );
    this.toolsLoading = loading;
    void loading.then(() => {
      if (this.toolsLoading === loading) this.toolsLoading = undefined;
    });
  }

  /**
   * While the validator loads for the current document: resolves once it has come (the state is
   * then settled or waits for a request). Hosts wait for it in `updateComplete`, so that a given
   * document is shown when an update completes, as it was before the validator was loaded lazily.
   */
  get validatorLoading(): Promise<void> | undefined {
    return this.toolsLoading;
  }

  /** Runs `updateComplete` (the host's own) again after each validator load, so a given document is shown when it resolves. */
  async afterValidator(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    for (let loading = this.toolsLoading; loading; loading = this.toolsLoading) {
      await loading;
      complete = await updateComplete();
    }
    return complete;
  }

  /** Waits for `request` (a fetch, a check in slices) unless cancelled, then applies its result. */
  private awaitResult<T>(request: {result: Promise<T>; release(): void}, apply: (value: T) => void): void {
    this.request = request;
    const settle = (then: () => void): void => {
      if (this.request !== request) return;
      this.request = undefined;
      then();
      this.host.requestUpdate();
    };
    request.result.then(
      (value) => settle(() => apply(value)),
      (error) => settle(() => this.fail(error)),
    );
  }

  private cancel(): void {
    this.request?.release();
    this.request = undefined;
    this.toolsLoading = undefined;
  }

  private accept({loading, shape}: DataTools, raw: unknown, source: DocumentSource): void {
    try {
      const checked = loading.validateDocumentSoon(raw, shape);
      if (!(checked instanceof loading.PendingValidation)) return this.settle({status: 'ready', action: checked, source});
      // A large document is checked a slice per task, so the page stays responsive meanwhile.
      this.state = {status: 'loading'};
      this.awaitResult({result: checked.result, release: () => checked.cancel()}, (action) =>
        this.settle({status: 'ready', action, source}),
      );
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    if (error instanceof DataError) return this.settle({status: 'error', failure: error});
    // Not the data's fault: a bug of ours. The page still gets an error state and an event.
    console.error('hf-widgets: internal error while loading a document:', error);
    this.settle({status: 'error', failure: DataError.single('internal', '', `Internal error: ${String(error)}`)});
  }

  private settle(state: DocumentState): void {
    this.state = state;
    this.unannounced = true;
  }
}
