// Reads a web page as an article: linkedom parses it into an inert document, Readability finds the
// article in it, and the article's DOM becomes blocks. A page Readability does not recognise is
// read whole, minus its navigation and other chrome, with a notice.
import { ContractError } from '../../../shared/contract/result';
import { collapseWhitespace, type Block } from '../../../shared/model/blocks';
import type { ExtractedArticle } from '../../../shared/model/article';
import { blocksFromElement, MAX_NESTING } from './html-blocks';
import { assembleArticle, cleanText, type LoadContext } from './extracted';
import { parseHtmlDocument } from './html-document';
import { publishedDate, withoutMetadataLines } from './html-metadata';
import { NOT_AN_ARTICLE_NOTICE, TOO_LARGE_NOTICE } from './html-notices';
import { elementsWithTags, isReaderable, readArticle } from './readability';

export { NOT_AN_ARTICLE_NOTICE, TOO_LARGE_NOTICE } from './html-notices';

/**
 * Past this many elements Readability's scoring, which grows faster than the page, takes many
 * seconds (a 2 MB page of 30,000 elements: over ten); reading the whole page stays near linear.
 * The largest article in the test corpus (wikipedia-2) has about 10,000.
 */
export const MAX_ELEMENTS_FOR_READABILITY = 15_000;

/**
 * Deepest nesting of elements a page may have: no real page comes near it (the deepest in the
 * test corpus is under 100), and markup nested deeper is damaged or hostile (jsdom, which parsed
 * pages before linkedom, took over a minute on 10,000 levels).
 */
export const MAX_PAGE_NESTING = 2_500;

export interface HtmlLoadContext extends LoadContext {
  /** The page's address: relative links resolve against it (a `<base>` in the page wins). */
  url?: string;
}

export function loadHtml(html: string, context: HtmlLoadContext): ExtractedArticle {
  const nesting = estimateNesting(html);
  if (nesting > MAX_PAGE_NESTING) {
    throw new ContractError(
      'bad-source',
      `${context.displayName}: its markup nests ${nesting.toLocaleString('en')} levels deep, more than a page can (${MAX_PAGE_NESTING.toLocaleString('en')}); it looks damaged`,
    );
  }
  const document = parseHtmlDocument(html, context.url);
  // Read before Readability, which rewrites the document as it goes.
  const head = pageMetadata(document);
  const pageTitle = cleanText(head.ogTitle?.getAttribute('content')) ?? document.title;
  const metaAuthor = cleanText(head.author?.getAttribute('content'));
  const metaDate = publishedDate(document);
  const lang = document.documentElement.lang;
  const pageDir = document.documentElement.dir || document.body?.dir || rtlByLanguage(lang);
  const canonical = canonicalUrl(head.canonical, context.url);
  // A saved page names where it lives: keep that address, and resolve its links against it.
  const saved = context.source.kind === 'file' && !context.source.url && canonical;
  const target = saved ? { ...context, source: { ...context.source, url: canonical } } : context;
  const walk = saved ? { baseUrl: canonical } : {};
  // Readability recurses through the tree: a page nested thousands deep would overflow it.
  const shape = treeShape(document.documentElement);
  const tooLarge = shape.elements > MAX_ELEMENTS_FOR_READABILITY || shape.depth > MAX_NESTING;
  // Firefox's test for offering its reader view: a page that fails it is a home page, a
  // listing or a form, where Readability would pick one fragment and hide the rest.
  const article =
    !tooLarge && isReaderable(document)
      ? readArticle(document, () => parseHtmlDocument(html, context.url))
      : null;
  const body = article?.content ? blocksFromElement(article.content as Element, walk) : [];
  if (!article || body.length === 0) {
    return assembleArticle(target, {
      title: pageTitle,
      body: document.body ? blocksFromElement(document.body, { ...walk, skip: isPageChrome }) : [],
      mediaType: 'html',
      byline: metaAuthor,
      publishedAt: metaDate,
      lang,
      dir: pageDir,
      notice: tooLarge ? TOO_LARGE_NOTICE : NOT_AN_ARTICLE_NOTICE,
    });
  }
  const byline = cleanText(article.byline) ?? metaAuthor;
  return assembleArticle(target, {
    title: cleanText(article.title) ?? pageTitle,
    body: withoutMetadataLines(withoutBylineParagraph(body, byline), byline),
    mediaType: 'html',
    byline,
    publishedAt: cleanText(article.publishedTime) ?? metaDate,
    siteName: article.siteName,
    lang: article.lang ?? lang,
    dir: article.dir || pageDir,
    excerpt: article.excerpt,
  });
}

/** Elements that have no end tag, or whose end tag pages often leave out: not counted. */
const UNCOUNTED = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source',
  'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'colgroup',
  'thead', 'tbody', 'tfoot', 'caption', 'rb', 'rt', 'rp', 'head', 'body', 'html',
]); // prettier-ignore

/**
 * A start or end tag. Linear on any page: a tag ends at the next `<` as well as at `>` (an
 * unclosed `<a` does not scan the rest of the page from each `<`), and the lookahead keeps a
 * long name from being retried one character shorter at a time.
 */
const START_OR_END_TAG = /<(\/?)([a-zA-Z][\w-]*)(?![\w-])[^<>]*?(\/?)>/g;

/** How deeply the page's tags nest, by counting start and end tags in its source. */
export function estimateNesting(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, close, name, selfClosing] of html.matchAll(START_OR_END_TAG)) {
    if (selfClosing || UNCOUNTED.has(name!.toLowerCase())) continue;
    depth = close ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** How many elements `root`'s tree has (itself included) and how deeply they nest: one walk,
 * without recursion. */
function treeShape(root: Element): { elements: number; depth: number } {
  let elements = 0;
  let deepest = 0;
  let depth = 0;
  let element: Element | null = root;
  while (element) {
    elements++;
    deepest = Math.max(deepest, depth);
    if (element.firstElementChild) {
      element = element.firstElementChild;
      depth++;
      continue;
    }
    while (element && element !== root && !element.nextElementSibling) {
      element = element.parentElement;
      depth--;
    }
    element = element && element !== root ? element.nextElementSibling : null;
  }
  return { elements, depth: deepest };
}

/** Languages written right to left, for pages that declare a language but no direction. */
const RTL_LANGUAGES = /^(ar|arc|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)(-|$)/i;

function rtlByLanguage(lang: string): string | undefined {
  return RTL_LANGUAGES.test(lang.trim()) ? 'rtl' : undefined;
}

/** The first of each element the loader reads metadata from, found in one walk. */
interface PageMetadata {
  /** `meta[property="og:title"]` */
  ogTitle?: Element;
  /** `meta[name="author"]` */
  author?: Element;
  /** `link[rel~="canonical" i]` */
  canonical?: Element;
}

/** `canonical` among the space-separated tokens of a `rel`, in any case (as `~=` with `i`). */
const CANONICAL_REL = /(^|[\t\n\f\r ])canonical([\t\n\f\r ]|$)/i;

/** Finds the elements of PageMetadata with one walk rather than a selector search for each. */
function pageMetadata(document: Document): PageMetadata {
  const found: PageMetadata = {};
  for (const element of elementsWithTags(document, ['meta', 'link'])) {
    if (element.localName === 'link') {
      const rel = element.getAttribute('rel');
      if (rel && !found.canonical && CANONICAL_REL.test(rel)) {
        found.canonical = element;
      }
    } else {
      if (element.getAttribute('property') === 'og:title') found.ogTitle ??= element;
      if (element.getAttribute('name') === 'author') found.author ??= element;
    }
  }
  return found;
}

/** The page's canonical address, if its canonical link names an http(s) one. */
function canonicalUrl(link: Element | undefined, pageUrl: string | undefined): string | undefined {
  const href = link?.getAttribute('href')?.trim();
  if (!href) return undefined;
  try {
    const url = new URL(href, pageUrl);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Readability takes the byline from `meta[name=author]` but leaves the paragraph that shows it
 * in the content; the byline is metadata, so that paragraph goes when it opens the body.
 */
function withoutBylineParagraph(body: Block[], byline: string | undefined): Block[] {
  const first = body[0];
  if (!byline || !first || first.type !== 'paragraph') return body;
  const text = first.runs.map((r) => r.text).join('');
  return sameByline(text, byline) ? body.slice(1) : body;
}

function sameByline(text: string, byline: string): boolean {
  const normalise = (s: string) =>
    collapseWhitespace(s)
      .trim()
      .toLowerCase()
      .replace(/^by\s+/, '');
  return normalise(text) === normalise(byline);
}

const CHROME_TAGS = new Set(['nav', 'aside', 'form', 'menu']);
/** A header or footer is the page's own only outside sectioning content, as for its ARIA role. */
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);
const CHROME_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'complementary', 'search']);
const CHROME_NAMES =
  /(^|[\s_-])(cookie|consent|gdpr|share|sharing|social|related|recommended|comments?|newsletter|subscribe|promo|advert|ads?|sponsor|sidebar|breadcrumbs?|menu|masthead|skip-link)([\s_-]|$)/i;

/** The parts of a page around its content, left out when a page is read whole. */
function isPageChrome(element: Element): boolean {
  const tag = element.localName;
  if (CHROME_TAGS.has(tag)) return true;
  if ((tag === 'header' || tag === 'footer') && !insideSectioning(element)) return true;
  const role = element.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const names = `${element.id} ${element.getAttribute('class') ?? ''}`;
  return names.trim() !== '' && CHROME_NAMES.test(names);
}

function insideSectioning(element: Element): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (SECTIONING.has(parent.localName)) return true;
  }
  return false;
}
