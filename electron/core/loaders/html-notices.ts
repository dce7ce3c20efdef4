// What the reader is told when a page is read whole rather than as an article. Kept apart from
// the HTML loader so that naming them does not load linkedom and Readability.
export const NOT_AN_ARTICLE_NOTICE = 'Not recognised as an article; showing the whole page';
export const TOO_LARGE_NOTICE =
  'This page is too large to pick out its article; showing the whole page';
