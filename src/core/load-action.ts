/**
 * Where an element's action document comes from, highest first: the `data` property, an inline
 * `<script type="application/json">` child, the `src` attribute, else the embedded default.
 * Elements on one page that name the same `src` share one request.
 */
import {DataError} from './data-error.js';
import {isWebUrl} from './safe-url.js';

/** Absolute URL → the parsed JSON (or the failure), shared by every element on the page. */
const documentRequests = new Map<string, Promise<unknown>>();

/** Reads the first inline JSON child, or returns undefined when there is none. */
export function readInlineJson(host: Element): {found: false} | {found: true; value: unknown} {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return {found: false};
  try {
    return {found: true, value: JSON.parse(script.textContent ?? '')};
  } catch (error) {
    throw DataError.single('invalid-json', '', `The inline JSON is not valid: ${(error as Error).message}`);
  }
}

async function requestJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    // No cookies to other origins, and the data host does not learn which page asked.
    response = await fetch(url, {credentials: 'same-origin', referrerPolicy: 'no-referrer', headers: {Accept: 'application/json'}});
  } catch (error) {
    throw DataError.single('fetch-failed', 'src', `Could not fetch ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) {
    throw DataError.single('http-error', 'src', `Fetching ${url} answered ${response.status} ${response.statusText}`.trim());
  }
  const body = await response.text();
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

/** Fetches and parses the JSON document at `src` (relative to the page), once per page. */
export function fetchActionJson(src: string): Promise<unknown> {
  if (!isWebUrl(src)) {
    return Promise.reject(DataError.single('unsafe-url', 'src', 'src must be an https: or http: URL'));
  }
  const url = new URL(src, document.baseURI).href;
  let request = documentRequests.get(url);
  if (!request) {
    request = requestJson(url);
    documentRequests.set(url, request);
    // A failed request is forgotten so that a later element (or a retry) asks again.
    request.catch(() => documentRequests.delete(url));
  }
  return request;
}

/** For tests: forget every shared request. */
export function clearActionRequests(): void {
  documentRequests.clear();
}
