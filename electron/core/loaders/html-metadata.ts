// An article's date from its page's metadata, and the lines of its text that only repeat its
// byline and date ("By Dana Whitfield · April 18, 2025"), which are metadata, not paragraphs.
import { collapseWhitespace, type Block } from '../../../shared/model/blocks';
import { elementsWithTags } from './readability';

/** Meta tags that carry a publication date, by `property`, `name` or `itemprop`. */
const DATE_META = new Set([
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'sailthru.date',
]);

/** A JSON-LD script longer than this is not read for a date (it is untrusted input). */
const MAX_JSON_LD = 200_000;

const validDate = (value: string | null | undefined): string | undefined => {
  const text = value?.trim();
  return text && !Number.isNaN(Date.parse(text)) ? text : undefined;
};

/**
 * When the page says it was published: a date meta tag, JSON-LD `datePublished`, or the first
 * `<time datetime>` in the page. Read before Readability rewrites the document.
 */
export function publishedDate(document: Document): string | undefined {
  const times: Element[] = [];
  const scripts: Element[] = [];
  for (const element of elementsWithTags(document, ['meta', 'script', 'time'])) {
    if (element.localName === 'meta') {
      const key = (
        element.getAttribute('property') ??
        element.getAttribute('name') ??
        element.getAttribute('itemprop') ??
        ''
      ).toLowerCase();
      const date = DATE_META.has(key) ? validDate(element.getAttribute('content')) : undefined;
      if (date) return date;
    } else if (element.localName === 'script') {
      if (element.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')
        scripts.push(element);
    } else if (element.hasAttribute('datetime')) {
      times.push(element);
    }
  }
  for (const script of scripts) {
    const date = jsonLdDate(script.textContent ?? '');
    if (date) return date;
  }
  for (const time of times) {
    const date = validDate(time.getAttribute('datetime'));
    if (date) return date;
  }
  return undefined;
}

/** `datePublished` of a JSON-LD block (an object, a list of them, or an `@graph`). */
function jsonLdDate(source: string): string | undefined {
  if (source.length > MAX_JSON_LD) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return undefined;
  }
  const queue: unknown[] = [data];
  // Breadth-first over objects and lists, a bounded number of nodes.
  for (let i = 0; i < queue.length && i < 500; i++) {
    const node = queue[i];
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const date = typeof record.datePublished === 'string' && validDate(record.datePublished);
      if (date) return date;
      if (record['@graph']) queue.push(record['@graph']);
    }
  }
  return undefined;
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** Dates as lines show them: "April 18, 2025", "18 April 2025", "2025-04-18", "04/18/2025". */
const DATES = new RegExp(
  [
    `\\b(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b`,
    `\\b\\d{1,2} (?:${MONTHS})\\.? \\d{4}\\b`,
    '\\b\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.]+z?)?\\b',
    '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
    '\\b\\d{1,2}:\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [a-z]{2,4})?\\b',
  ].join('|'),
  'gi',
);
/** Words a byline or date line says around the name and date. */
const FILLER = /\b(?:by|published|updated|posted|on|at)\b/gi;
const SEPARATORS = /[\s·•|,.:;—–-]+/g;

/** Whether `text` says nothing but the byline and a date (in any order, with separators). */
export function onlyRepeatsMetadata(text: string, byline: string | undefined): boolean {
  let rest = collapseWhitespace(text).toLowerCase();
  if (rest.length > 200) return false;
  const name = byline && collapseWhitespace(byline).toLowerCase();
  const hadName = !!name && rest.includes(name);
  if (name) rest = rest.split(name).join(' ');
  const withoutDates = rest.replace(DATES, ' ');
  const hadDate = withoutDates !== rest;
  if (!hadName && !hadDate) return false;
  return withoutDates.replace(FILLER, ' ').replace(SEPARATORS, '') === '';
}

/**
 * The body without the paragraphs near its start that only repeat the byline and date:
 * Readability keeps them in the content although they are metadata.
 */
export function withoutMetadataLines(body: Block[], byline: string | undefined): Block[] {
  const head = body.slice(0, 4);
  const drop = new Set(
    head.filter(
      (block) =>
        block.type === 'paragraph' &&
        onlyRepeatsMetadata(block.runs.map((r) => r.text).join(''), byline),
    ),
  );
  return drop.size === 0 ? body : body.filter((block) => !drop.has(block));
}
