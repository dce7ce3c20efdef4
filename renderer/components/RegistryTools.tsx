// The registry controls under the `Entities` region: the gazetteer switch, the types editor and
// every entity of the library (to edit one the open article does not use), and the dialogs
// they open, one at a time.
import { useId } from 'react';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { DeleteEntityDialog } from './DeleteEntityDialog';
import { typeColour } from './EntityChip';
import { EntityEditor } from './EntityEditor';
import { EntityTypesEditor } from './EntityTypesEditor';
import { MergeEntitiesDialog } from './MergeEntitiesDialog';

export type RegistryDialog =
  { kind: 'edit' | 'merge' | 'delete'; entityId: string } | { kind: 'types' };

function AllEntities({ onOpen }: { onOpen: (dialog: RegistryDialog) => void }) {
  const entities = useFactmark((s) => s.registry.entities);
  const types = useFactmark((s) => s.registry.types);
  const colourOf = (id: string) => types.find((t) => t.id === id)?.color;
  return (
    <details className="fm-all-entities">
      <summary>All entities ({entities.length})</summary>
      <ul className="fm-all-entities-list" aria-label="All entities">
        {[...entities]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((e) => (
            <li key={e.id} style={typeColour(colourOf(e.type))}>
              <span className="fm-chip-dot" aria-hidden="true" />
              <span className="fm-entity-name">{e.name}</span>
              <button
                type="button"
                className="fm-link-button"
                aria-label={`Edit ${e.name}`}
                onClick={() => onOpen({ kind: 'edit', entityId: e.id })}
              >
                Edit
              </button>
            </li>
          ))}
      </ul>
    </details>
  );
}

export function RegistryTools({ onOpen }: { onOpen: (dialog: RegistryDialog) => void }) {
  const store = useFactmarkStore();
  const gazetteer = useFactmark((s) => s.registry.settings.gazetteer);
  const ready = useFactmark((s) => s.entitiesStatus === 'ready');
  const gazetteerId = useId();
  return (
    <div className="fm-registry-tools">
      <div className="fm-registry-tools-row">
        <label htmlFor={gazetteerId} className="fm-checkbox">
          <input
            id={gazetteerId}
            type="checkbox"
            checked={gazetteer}
            disabled={!ready}
            onChange={(e) => store.getState().setGazetteer(e.target.checked)}
          />
          Suggest well-known AI names
        </label>
        <button
          type="button"
          className="fm-button fm-button-small"
          disabled={!ready}
          onClick={() => onOpen({ kind: 'types' })}
        >
          Entity types
        </button>
      </div>
      <AllEntities onOpen={onOpen} />
    </div>
  );
}

export function RegistryDialogs({
  dialog,
  onChange,
}: {
  dialog: RegistryDialog | null;
  onChange: (dialog: RegistryDialog | null) => void;
}) {
  const close = () => onChange(null);
  switch (dialog?.kind) {
    case 'edit':
      return (
        <EntityEditor
          key={dialog.entityId}
          entityId={dialog.entityId}
          onClose={close}
          onMerge={() => onChange({ kind: 'merge', entityId: dialog.entityId })}
          onDelete={() => onChange({ kind: 'delete', entityId: dialog.entityId })}
        />
      );
    case 'merge':
      return <MergeEntitiesDialog entityId={dialog.entityId} onClose={close} />;
    case 'delete':
      return <DeleteEntityDialog entityId={dialog.entityId} onClose={close} />;
    case 'types':
      return <EntityTypesEditor onClose={close} />;
    default:
      return null;
  }
}
