// Parses a page's HTML into an inert Document. The document comes from DOMParser, so it has no
// browsing context: no script runs, no event handler fires, nothing is fetched, and jsdom skips
// building stylesheets, which took most of the parse time of style-heavy pages.
import { JSDOM, VirtualConsole } from 'jsdom';

/** One window for the process: making one costs tens of milliseconds, and pages share nothing in it. */
let host: JSDOM | undefined;

/**
 * Parses `html` as a page at `url` (relative links resolve against it, unless the page has a
 * `<base>`). Without an http(s) address, relative links stay unresolved.
 */
export function parseHtmlDocument(html: string, url?: string): Document {
  host ??= newHost();
  host.reconfigure({ url: url && /^https?:\/\//i.test(url) ? url : 'about:blank' });
  return new host.window.DOMParser().parseFromString(html, 'text/html');
}

function newHost(): JSDOM {
  // A fresh console that goes nowhere: jsdom's complaints about a page are not ours to show.
  const dom = new JSDOM('', { virtualConsole: new VirtualConsole() });
  // jsdom's selector engine (@asamuzakjp/dom-selector) adds nine focus, key and mouse listeners
  // to the window for every document that runs a selector, and never removes them: through
  // them this long-lived window kept every page ever read (a 1 MB page: tens of MB), and the
  // growing heap slowed everything after it. Nothing is ever dispatched in this window (its
  // documents have no browsing context), so it accepts no listeners at all.
  Object.defineProperty(dom.window, 'addEventListener', { value: () => undefined });
  return dom;
}
