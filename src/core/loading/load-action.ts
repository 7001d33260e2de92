/**
 * Getting an action document from a `src` URL. Elements on one
 * page that name the same `src` share one request; a request that nobody waits for any more is
 * aborted, so superseded requests cannot fill the browser's connection pool. A request that
 * takes too long, answers too much, or is redirected to another origin fails like any other.
 */
import {DataError} from './data-error.js';
import {isWebUrl} from '../document/safe-url.js';

/**
 * Limits of a `src` request. Pages cannot change them; tests shorten the timeout. The size is
 * far above the largest document the validator accepts, and far below what would stall a phone.
 */
export const requestLimits = {
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
};

/** A shared request: its result, how many elements wait for it, and how to cancel it. */
interface SharedRequest {
  readonly result: Promise<unknown>;
  readonly abort: AbortController;
  waiting: number;
  settled: boolean;
}

/** Absolute URL → the request in flight or done, shared by every element on the page. */
const requests = new Map<string, SharedRequest>();

/** One element's claim on a shared request: `release` when its answer is no longer wanted. */
export interface DocumentRequest {
  readonly result: Promise<unknown>;
  release(): void;
}

/** Reads the body as text, refusing it as soon as it passes `maxBytes`. */
async function readLimitedText(response: Response, url: string, abort: AbortController): Promise<string> {
  const tooLarge = (): DataError => DataError.single('too-large', 'src', `${url} answered more than ${requestLimits.maxBytes} bytes`);
  if (Number(response.headers.get('content-length') ?? 0) > requestLimits.maxBytes) {
    abort.abort();
    throw tooLarge();
  }
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const {done, value} = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > requestLimits.maxBytes) {
      abort.abort();
      throw tooLarge();
    }
    text += decoder.decode(value, {stream: true});
  }
}

async function requestJson(url: string, abort: AbortController): Promise<unknown> {
  let response: Response;
  try {
    // No cookies to other origins, and the data host does not learn which page asked.
    response = await fetch(url, {
      credentials: 'same-origin',
      referrerPolicy: 'no-referrer',
      headers: {Accept: 'application/json'},
      signal: abort.signal,
    });
  } catch (error) {
    if (abort.signal.aborted) throw abort.signal.reason;
    throw DataError.single('fetch-failed', 'src', `Could not fetch ${url}: ${(error as Error).message}`);
  }
  // A redirect to another origin hands the page's content to a host the page did not name.
  if (response.redirected && new URL(response.url).origin !== new URL(url).origin) {
    abort.abort();
    throw DataError.single(
      'redirected',
      'src',
      `${url} was redirected to another origin (${new URL(response.url).origin}); name the final address`,
    );
  }
  if (!response.ok) {
    throw DataError.single('http-error', 'src', `Fetching ${url} answered ${response.status} ${response.statusText}`.trim());
  }
  const body = await readLimitedText(response, url, abort);
  const type = response.headers.get('content-type') ?? '';
  try {
    return JSON.parse(body);
  } catch (error) {
    // A JSON document with a syntax error is the author's to fix; anything else (an HTML error
    // page, a login page) means the address is wrong.
    if (/\bjson\b/i.test(type)) throw DataError.single('invalid-json', 'src', `${url} is not valid JSON: ${(error as Error).message}`);
    throw DataError.single('not-json', 'src', `${url} did not return JSON (${type || 'no content type'})`);
  }
}

function startRequest(url: string): SharedRequest {
  const abort = new AbortController();
  const timer = setTimeout(
    () => abort.abort(DataError.single('timeout', 'src', `${url} did not answer within ${requestLimits.timeoutMs / 1000} s`)),
    requestLimits.timeoutMs,
  );
  const result = requestJson(url, abort).finally(() => {
    clearTimeout(timer);
    shared.settled = true;
  });
  const shared: SharedRequest = {result, abort, waiting: 0, settled: false};
  // A failure is forgotten so that a later element (or a retry) asks again.
  result.catch(() => requests.get(url) === shared && requests.delete(url));
  return shared;
}

/**
 * Hands each element its answer in a task of its own. Without this, every element that waits
 * for one `src` would check and render in the same task as the others: with four widgets at 4×
 * CPU, one task of over a second (issue 18), the browser's first number formatting included.
 */
const inItsOwnTask = <T>(value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), 0));

/** Asks for the JSON document at `src` (relative to the page); one request per URL per page. */
export function requestActionJson(src: string): DocumentRequest {
  if (!isWebUrl(src)) {
    return {result: Promise.reject(DataError.single('unsafe-url', 'src', 'src must be an https: or http: URL')), release() {}};
  }
  const url = new URL(src, document.baseURI).href;
  let shared = requests.get(url);
  if (!shared) {
    shared = startRequest(url);
    requests.set(url, shared);
  }
  const claimed = shared;
  claimed.waiting++;
  let released = false;
  return {
    result: claimed.result.then(inItsOwnTask),
    release() {
      if (released) return;
      released = true;
      claimed.waiting--;
      if (claimed.waiting === 0 && !claimed.settled) {
        claimed.abort.abort(DataError.single('fetch-failed', 'src', `The request for ${url} was cancelled`));
        requests.delete(url);
      }
    },
  };
}

/** For tests: forget every shared request. */
export function clearActionRequests(): void {
  requests.clear();
}
