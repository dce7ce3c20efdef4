// Runs the loader a kind of text calls for: the step every source shares once it is text.
// The HTML and Markdown loaders are imported when first needed: they bring linkedom, Readability
// and markdown-it, which took most of a host's start while no page had been opened yet.
import type { ExtractedArticle } from '../../../shared/model/article';
import type { TextKind } from './detect';
import type { LoadContext } from './extracted';
import { loadText } from './text';

export async function loadDecoded(
  kind: TextKind,
  text: string,
  context: LoadContext & { url?: string },
): Promise<ExtractedArticle> {
  switch (kind) {
    case 'html':
      return (await import('./html')).loadHtml(text, context);
    case 'markdown':
      return (await import('./markdown')).loadMarkdown(text, context);
    case 'text':
      return loadText(text, context);
  }
}
