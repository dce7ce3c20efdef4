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
  // A fresh console that goes nowhere: jsdom's complaints about a page are not ours to show.
  host ??= new JSDOM('', { virtualConsole: new VirtualConsole() });
  host.reconfigure({ url: url && /^https?:\/\//i.test(url) ? url : 'about:blank' });
  return new host.window.DOMParser().parseFromString(html, 'text/html');
}
