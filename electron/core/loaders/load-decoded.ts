// Runs the loader a kind of text calls for: the step every source shares once it is text.
import type { ExtractedArticle } from '../../../shared/model/article';
import type { TextKind } from './detect';
import type { LoadContext } from './extracted';
import { loadHtml } from './html';
import { loadMarkdown } from './markdown';
import { loadText } from './text';

export function loadDecoded(
  kind: TextKind,
  text: string,
  context: LoadContext & { url?: string },
): ExtractedArticle {
  switch (kind) {
    case 'html':
      return loadHtml(text, context);
    case 'markdown':
      return loadMarkdown(text, context);
    case 'text':
      return loadText(text, context);
  }
}
