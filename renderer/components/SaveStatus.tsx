// Tells the user whether their annotations are on disk.
import { useFactmark } from '../store/hooks';

const LABELS = {
  saved: 'All changes saved',
  pending: 'Saving…',
  saving: 'Saving…',
  failed: 'Not saved — retrying',
} as const;

export function SaveStatus() {
  const status = useFactmark((s) => s.saveStatus);
  const error = useFactmark((s) => s.saveError);
  const hasArticle = useFactmark((s) => s.article !== null);
  if (!hasArticle && status === 'saved') return null;
  return (
    <span className={`fm-save-status fm-save-${status}`} title={error ?? undefined}>
      {LABELS[status]}
    </span>
  );
}
