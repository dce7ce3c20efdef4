// The centre: region `Article` with the open article, or the start screen.
import { useShallow } from 'zustand/react/shallow';
import { useFactmark } from '../store/hooks';
import { ArticleHeader } from './ArticleHeader';
import { EvidenceBar } from './EvidenceBar';
import { FindBar } from './FindBar';
import { ReadingView } from './later-views';
import { StartScreen } from './StartScreen';

export function ArticlePane() {
  const article = useFactmark(
    useShallow((s) =>
      s.article
        ? {
            id: s.article.id,
            contentHash: s.article.contentHash,
            blocks: s.article.blocks,
            lang: s.article.lang,
            dir: s.article.dir,
          }
        : null,
    ),
  );
  if (!article) {
    return (
      <main className="fm-center">
        <StartScreen />
      </main>
    );
  }
  return (
    <main className="fm-center">
      <section
        aria-label="Article"
        className="fm-article"
        lang={article.lang ?? undefined}
        dir={article.dir ?? undefined}
      >
        <FindBar />
        <EvidenceBar articleId={article.id} />
        <ArticleHeader />
        {article.blocks.length > 0 ? (
          // Keyed by the text too: a reload from a changed source builds the view anew.
          <ReadingView
            key={`${article.id}@${article.contentHash}`}
            articleId={article.id}
            blocks={article.blocks}
          />
        ) : (
          <p className="fm-empty">This article has no text.</p>
        )}
      </section>
    </main>
  );
}
