// The extensions of the read-only reading view: StarterKit for the document, paragraphs,
// headings and bold/italic/code, with everything an editing or HTML-built view needs turned
// off (docs/ARCHITECTURE.md, "Known pitfalls"); our flat block nodes, safe links and highlights.
import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import {
  AnnotationHighlights,
  type AnnotationHighlightsOptions,
} from './extensions/annotation-highlights';
import { ArticleBlocks } from './extensions/article-blocks';
import { ArticleByline } from './extensions/article-byline';
import { SafeLink } from './extensions/safe-link';
import { SuggestionHighlights } from './extensions/suggestion-highlights';
import { FindHighlights } from './extensions/find-highlights';
import { HighlightLayer } from './extensions/highlight-layer';

export interface ReadingOptions {
  onClaimClick: (claimId: string) => void;
  openExternal: (url: string) => void;
  /** Shown under the title (see article-byline). */
  byline?: string | null;
  /** Highlights to draw with the text (see annotation-highlights). */
  initialHighlights?: AnnotationHighlightsOptions['initial'];
}

export function readingExtensions(options: ReadingOptions): Extensions {
  return [
    StarterKit.configure({
      // Every block carries `fm-block`, as the flat nodes of article-blocks do.
      paragraph: { HTMLAttributes: { class: 'fm-block' } },
      heading: { levels: [1, 2, 3, 4, 5, 6], HTMLAttributes: { class: 'fm-block' } },
      // Our own flat nodes replace these (see article-blocks).
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      listKeymap: false,
      codeBlock: false,
      // Not in the block model.
      hardBreak: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      // Editing aids that a read-only view must not have.
      link: false,
      trailingNode: false,
      undoRedo: false,
      dropcursor: false,
      gapcursor: false,
    }),
    ArticleBlocks,
    ArticleByline.configure({ byline: options.byline ?? null }),
    SafeLink.configure({ openExternal: options.openExternal }),
    // before the extensions that paint with it
    HighlightLayer,
    AnnotationHighlights.configure({
      onClaimClick: options.onClaimClick,
      ...(options.initialHighlights ? { initial: options.initialHighlights } : {}),
    }),
    FindHighlights,
    SuggestionHighlights,
  ];
}
