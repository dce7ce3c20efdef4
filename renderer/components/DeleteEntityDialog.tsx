// Dialog `Delete entity`: shows what deleting the entity affects (its mentions and claim tags in
// the open article and across the library) before the user confirms. Deleting is undoable.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { entityImpact, type EntityImpact } from '../../shared/model/entity-impact';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { errorMessage } from '../store/types';
import { plural } from './format';
import { ModalDialog } from './ModalDialog';

export interface DeleteEntityDialogProps {
  entityId: string;
  onClose: () => void;
}

type LibraryCount =
  | { state: 'counting' }
  | { state: 'done'; impact: EntityImpact }
  | { state: 'unavailable'; reason: string };

function describe(impact: Pick<EntityImpact, 'mentions' | 'claimTags'>): string {
  if (impact.mentions + impact.claimTags === 0) return 'nothing';
  return `${plural(impact.mentions, 'mention')} and ${plural(impact.claimTags, 'claim tag')}`;
}

/** Counts across the library: the saved articles, with this tab's unsaved versions over them. */
function useLibraryImpact(entityId: string): LibraryCount {
  const store = useFactmarkStore();
  const [count, setCount] = useState<LibraryCount>({ state: 'counting' });
  useEffect(() => {
    let live = true;
    store
      .getState()
      .readLibraryAnnotations()
      .then((documents) => {
        const { registry } = store.getState();
        if (live) setCount({ state: 'done', impact: entityImpact(registry, entityId, documents) });
      })
      .catch((err: unknown) => {
        if (live) setCount({ state: 'unavailable', reason: errorMessage(err) });
      });
    return () => {
      live = false;
    };
  }, [store, entityId]);
  return count;
}

export function DeleteEntityDialog({ entityId, onClose }: DeleteEntityDialogProps) {
  const store = useFactmarkStore();
  const entity = useFactmark((s) => s.registry.entities.find((e) => e.id === entityId));
  const registry = useFactmark((s) => s.registry);
  const article = useFactmark((s) => s.article);
  const here = useMemo(
    () =>
      article
        ? entityImpact(registry, entityId, [
            {
              articleId: article.id,
              title: article.title,
              claims: article.claims,
              mentions: article.mentions,
            },
          ])
        : null,
    [article, registry, entityId],
  );
  const library = useLibraryImpact(entityId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!entity) return;
    if (store.getState().deleteEntity(entity.id)) {
      store.getState().notify('info', `Deleted ${entity.name}. Undo with Ctrl+Z.`);
      onClose();
    }
  };

  return (
    <ModalDialog label="Delete entity" onCancel={onClose}>
      <form className="fm-form" onSubmit={submit}>
        <p className="fm-dialog-lead">
          Delete <strong>{entity?.name ?? 'this entity'}</strong>? Its mentions are no longer shown
          or exported and its tags disappear from claims. The articles keep their text.
        </p>
        <ul className="fm-impact" aria-label="What deleting affects">
          {here && <li>In this article: {describe(here)}.</li>}
          <li aria-live="polite">
            {library.state === 'counting'
              ? 'Across the library: counting…'
              : library.state === 'unavailable'
                ? `Across the library: library-wide count unavailable (${library.reason}).`
                : `Across the library: ${describe(library.impact)} in ${plural(library.impact.articles.length, 'article')}.`}
          </li>
        </ul>
        <div className="fm-dialog-actions">
          <button type="button" className="fm-button" onClick={onClose} data-autofocus>
            Cancel
          </button>
          <button type="submit" className="fm-button fm-button-danger" disabled={!entity}>
            Delete
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
