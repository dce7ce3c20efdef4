// Dialog `Merge entities`: picks the other entity and which of the two keeps its name. The other's
// claims and mentions follow the survivor in every article, and its name becomes an alias.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { ModalDialog } from './ModalDialog';
import { DialogActions } from './DialogActions';

export interface MergeEntitiesDialogProps {
  entityId: string;
  onClose: () => void;
}

export function MergeEntitiesDialog({ entityId, onClose }: MergeEntitiesDialogProps) {
  const store = useFactmarkStore();
  const entities = useFactmark((s) => s.registry.entities);
  const types = useFactmark((s) => s.registry.types);
  const entity = entities.find((e) => e.id === entityId);
  const others = useMemo(
    () => entities.filter((e) => e.id !== entityId).sort((a, b) => a.name.localeCompare(b.name)),
    [entities, entityId],
  );
  const [otherId, setOtherId] = useState(others[0]?.id ?? '');
  const [keep, setKeep] = useState<'this' | 'other'>('this');
  const otherFieldId = useId();
  const other = others.find((e) => e.id === otherId);
  const typeLabel = (id: string) => types.find((t) => t.id === id)?.label ?? id;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!entity || !other) return;
    const [survivor, merged] = keep === 'this' ? [entity, other] : [other, entity];
    if (store.getState().mergeEntities(survivor.id, merged.id)) {
      store
        .getState()
        .notify('info', `Merged ${merged.name} into ${survivor.name}. Undo with Ctrl+Z.`);
      onClose();
    }
  };

  return (
    <ModalDialog label="Merge entities" onCancel={onClose}>
      {!entity || others.length === 0 ? (
        <>
          <p>There is no other entity to merge with.</p>
          <div className="fm-dialog-actions">
            <button type="button" className="fm-button" onClick={onClose} data-autofocus>
              Close
            </button>
          </div>
        </>
      ) : (
        <form className="fm-form" onSubmit={submit}>
          <p className="fm-dialog-lead">
            Everything tagged or mentioned as one becomes the other, in every article; the name that
            goes is kept as an alias.
          </p>
          <div className="fm-field">
            <label htmlFor={otherFieldId}>Merge {entity.name} with</label>
            <select
              id={otherFieldId}
              data-autofocus
              value={otherId}
              onChange={(e) => setOtherId(e.target.value)}
            >
              {others.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name} ({typeLabel(e.type)})
                </option>
              ))}
            </select>
          </div>
          <fieldset className="fm-registry-fieldset">
            <legend>Which one stays</legend>
            <label className="fm-radio">
              <input
                type="radio"
                name="fm-merge-keep"
                checked={keep === 'this'}
                onChange={() => setKeep('this')}
              />
              Keep {entity.name}
            </label>
            <label className="fm-radio">
              <input
                type="radio"
                name="fm-merge-keep"
                checked={keep === 'other'}
                onChange={() => setKeep('other')}
              />
              Keep {other?.name}
            </label>
          </fieldset>
          <DialogActions submit="Merge" onCancel={onClose} />
        </form>
      )}
    </ModalDialog>
  );
}
