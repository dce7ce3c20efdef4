// The article text: a read-only Tiptap editor built from the article's blocks, its highlights
// bound to the store, and the reading surface that commands use for the selection.
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { Block } from '../../shared/model/blocks';
import { useFactmarkStore } from '../store/hooks';
import { articleDocument, documentBlockTexts } from '../editor/extensions/article-blocks';
import { bindHighlights, initialHighlights } from '../editor/highlight-binding';
import { readingExtensions } from '../editor/reading-extensions';
import { viewSurface } from '../editor/reading-surface';
import { bindSuggestionHighlights } from '../editor/extensions/suggestion-highlights/binding';
import { bindEvidenceHighlights } from '../editor/extensions/evidence-highlights/binding';
import { watchHighlightHover } from './highlight-hover';
import { useCommandContext } from './command-context';
import { bylineAndDate } from './format';
import { KeyboardSelection } from '../editor/keyboard-selection/keyboard-selection';
import { isMac } from '../commands/shortcuts';
import { KeyboardCaret } from './KeyboardCaret';

interface ReadingViewProps {
  articleId: string;
  blocks: readonly Block[];
}

export function ReadingView({ articleId, blocks }: ReadingViewProps) {
  const store = useFactmarkStore();
  const { surface: surfaceRef } = useCommandContext();
  // The state the editor is built from: its highlights are drawn with the text, in one pass,
  // and the binding below catches up from there.
  const [baseline] = useState(() => store.getState());
  const [keyboard] = useState(() => new KeyboardSelection());
  // Built once per article: the editor is recreated only when the article changes.
  const [extensions] = useState(() =>
    readingExtensions({
      initialHighlights: initialHighlights(baseline),
      byline: bylineAndDate(
        baseline.article?.byline ?? null,
        baseline.article?.publishedAt ?? null,
      ),
      onClaimClick: (id) => store.getState().setActiveClaim(id),
      openExternal: (url) => void store.getState().openLinkOutside(url),
    }),
  );

  const editor = useEditor(
    {
      extensions,
      content: articleDocument(blocks),
      editable: false,
      injectCSS: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        // Tiptap marks the editor as a textbox; here it is a document to read and select in.
        attributes: { role: 'document', class: 'fm-reading-text' },
      },
      coreExtensionOptions: {
        clipboardTextSerializer: { blockSeparator: '\n\n' },
        // Focusable, so keyboard users can reach the text and select with caret browsing.
        tabindex: { value: '0' },
      },
    },
    [articleId],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const state = store.getState();
    if (!state.article || state.article.id !== articleId || !state.reading) return;
    const shown = documentBlockTexts(editor.state.doc).join('\n\n');
    if (shown !== state.article.text && !state.readingProblem) {
      state.reportReadingProblem(
        `“${state.article.title}”: the text on screen does not match the stored text, so annotations are turned off for it.`,
      );
    }
    const unbind = bindHighlights(editor, store, articleId, baseline);
    const unbindSuggestions = bindSuggestionHighlights(editor, store, articleId);
    const unbindEvidence = bindEvidenceHighlights(editor, store, articleId);
    const stopHover = watchHighlightHover(editor.view, state.reading.positions);
    const stopKeyboard = keyboard.attach(editor.view, state.reading, isMac());
    surfaceRef.current = {
      ...viewSurface(editor, state.reading),
      toggleKeyboardSelection: () => keyboard.toggle(),
    };
    return () => {
      unbind();
      unbindSuggestions();
      unbindEvidence();
      stopHover();
      stopKeyboard();
      surfaceRef.current = null;
    };
  }, [editor, store, articleId, surfaceRef, baseline, keyboard]);

  return (
    <>
      <EditorContent editor={editor} className="fm-reading" />
      <KeyboardCaret selection={keyboard} />
    </>
  );
}
