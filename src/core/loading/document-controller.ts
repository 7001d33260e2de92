/**
 * Loads an element's action document and holds one state: `loading`, `ready` with the action,
 * or `error` with the failure (in the spirit of Lit's `Task`). The sources, highest first: the
 * host's `data` property, an inline `<script type="application/json">` child, its `src`
 * attribute, else the element's default document. A new `data` or `src` starts again and
 * cancels what the old one was waiting for; so does a reconnect after a disconnect mid-load.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ActionDocument} from '../document/action-types.js';
import {validateDocument} from '../document/validate-document.js';
import {DataError} from './data-error.js';
import type {HfLoadDetail} from '../element/events.js';
import {readInlineJson, requestActionJson, type DocumentRequest} from './load-action.js';
import type {Shape} from '../document/schema.js';

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
  /** The rules of the parts the element shows. */
  shape: Shape;
  /** The document shown when the element is given none. */
  defaultDocument: () => ActionDocument;
  /** Called after the render that shows a new `ready` or `error` state (to fire `hf-load` / `hf-error`). */
  onSettled: (state: Exclude<DocumentState, {status: 'loading'}>) => void;
}

export class ActionDocumentController implements ReactiveController {
  state: DocumentState = {status: 'loading'};

  /** The `data` and `src` the current state was loaded for; undefined forces a new load. */
  private loadedFrom?: {data: unknown; src: string | undefined};
  private request?: DocumentRequest;
  private unannounced = false;

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
    try {
      if (data !== undefined) return this.accept(data, 'data');
      const inline = readInlineJson(this.host);
      if (inline.found) return this.accept(inline.value, 'inline');
      if (!src) return this.accept(this.options.defaultDocument(), 'default');
    } catch (error) {
      return this.fail(error);
    }
    this.state = {status: 'loading'};
    const request = requestActionJson(src);
    this.request = request;
    const settle = (apply: () => void): void => {
      if (this.request !== request) return;
      this.request = undefined;
      apply();
      this.host.requestUpdate();
    };
    request.result.then(
      (json) => settle(() => this.accept(json, 'src')),
      (error) => settle(() => this.fail(error)),
    );
  }

  private cancel(): void {
    this.request?.release();
    this.request = undefined;
  }

  private accept(raw: unknown, source: DocumentSource): void {
    try {
      this.settle({status: 'ready', action: validateDocument(raw, this.options.shape), source});
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
