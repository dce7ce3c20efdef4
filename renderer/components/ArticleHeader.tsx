// The article's site above its text. The title is the text's first block, and the byline with
// the date is drawn under it inside the reading view (editor/extensions/article-byline).
import { useShallow } from 'zustand/react/shallow';
import { useFactmark } from '../store/hooks';
import { bylineAndDate, hostName } from './format';

export function ArticleHeader() {
  const meta = useFactmark(
    useShallow((s) => ({
      title: s.article?.title ?? '',
      byline: s.article?.byline ?? null,
      siteName: s.article?.siteName ?? null,
      publishedAt: s.article?.publishedAt ?? null,
      url: s.article?.source.url,
      fileName: s.article?.source.fileName,
      titleIsFirstBlock: s.article?.blocks[0]?.type === 'title',
      notice: s.article?.notice ?? null,
    })),
  );
  const site = meta.siteName ?? hostName(meta.url) ?? meta.fileName ?? null;
  const byline = bylineAndDate(meta.byline, meta.publishedAt);
  return (
    <header className="fm-article-header">
      {site && (
        <p className="fm-kicker">
          <span className="fm-site">{site}</span>
        </p>
      )}
      {meta.notice && <p className="fm-article-notice">{meta.notice}</p>}
      {!meta.titleIsFirstBlock && <h1 className="fm-title fm-title-outside">{meta.title}</h1>}
      {byline && !meta.titleIsFirstBlock && <p className="fm-byline">{byline}</p>}
    </header>
  );
}
