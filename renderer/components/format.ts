// Small formatting helpers for what panels show.
import { CodePointIndex } from '../../shared/text/code-points';

/** Cuts `text` to about `max` code points at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const index = new CodePointIndex(text);
  if (index.length <= max) return text;
  const cut = index.slice(0, max);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > cut.length * 0.6 ? atWord : cut}…`;
}

export { plural } from '../../shared/text/plural';

/** A publication date as the reader's locale writes it; the raw text if it is not a date. */
export function formatDate(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
}

/** The line under an article's title: who wrote it and when ("Dana Whitfield · April 18, 2025"). */
export function bylineAndDate(byline: string | null, publishedAt: string | null): string | null {
  return [byline, formatDate(publishedAt)].filter(Boolean).join(' · ') || null;
}

export function hostName(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
