// Dialog `Edit entity`: rename, change the type, edit aliases, links and the description. Every
// change is saved as it is made (and undoable); links are checked before they are kept.
import { useId, useState, type KeyboardEvent } from 'react';
import type { Entity } from '../../shared/model/entities';
import {
  ENTITY_LINK_KINDS,
  linkProblem,
  type EntityLinkKind,
} from '../../shared/model/registry-ops';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { ModalDialog } from './ModalDialog';
import { EntityTypeOptions } from './EntityTypeOptions';

const LINK_LABELS: Record<EntityLinkKind, { label: string; placeholder: string }> = {
  wikidata: { label: 'Wikidata id', placeholder: 'Q42' },
  huggingface: { label: 'Hugging Face id', placeholder: 'meta-llama/Llama-4-Scout-17B-16E' },
  homepage: { label: 'Homepage', placeholder: 'https://…' },
};

/** Enter in a one-line field runs `action` instead of submitting anything. */
const onEnter = (action: () => void) => (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  action();
};

function LinkField({ entity, kind }: { entity: Entity; kind: EntityLinkKind }) {
  const store = useFactmarkStore();
  const id = useId();
  const saved = entity.links[kind] ?? '';
  const [value, setValue] = useState(saved);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = () => {
    const trimmed = value.trim();
    if (trimmed === saved) return setProblem(null);
    const found = trimmed ? linkProblem(kind, trimmed) : null;
    setProblem(found);
    if (!found) store.getState().setEntityLink(entity.id, kind, trimmed);
  };
  const { label, placeholder } = LINK_LABELS[kind];
  return (
    <div className="fm-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        spellCheck={false}
        placeholder={placeholder}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setValue(e.target.value)}
        onBlur={commit}
        onKeyDown={onEnter(commit)}
      />
      {problem && (
        <p id={`${id}-problem`} className="fm-field-problem" aria-live="polite">
          {problem}
        </p>
      )}
    </div>
  );
}

function Aliases({ entity }: { entity: Entity }) {
  const store = useFactmarkStore();
  const [alias, setAlias] = useState('');
  const add = () => {
    if (!alias.trim()) return;
    if (store.getState().addAlias(entity.id, alias)) setAlias('');
  };
  return (
    <fieldset className="fm-registry-fieldset">
      <legend>Aliases</legend>
      {entity.aliases.length > 0 ? (
        <ul className="fm-alias-list" aria-label="Aliases">
          {entity.aliases.map((a) => (
            <li key={a} className="fm-alias">
              <span>{a}</span>
              <button
                type="button"
                className="fm-mention-remove"
                aria-label={`Remove alias ${a}`}
                title="Remove alias"
                onClick={() => store.getState().removeAlias(entity.id, a)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="fm-empty-inline">No aliases yet.</p>
      )}
      <div className="fm-inline-add">
        <input
          type="text"
          aria-label="New alias"
          placeholder="Another name, e.g. Maverick"
          value={alias}
          onChange={(e) => setAlias(e.target.value)}
          onKeyDown={onEnter(add)}
        />
        <button type="button" className="fm-button" onClick={add}>
          Add alias
        </button>
      </div>
    </fieldset>
  );
}

export interface EntityEditorProps {
  entityId: string;
  onClose: () => void;
  onMerge: () => void;
  onDelete: () => void;
}

export function EntityEditor({ entityId, onClose, onMerge, onDelete }: EntityEditorProps) {
  const store = useFactmarkStore();
  const entity = useFactmark((s) => s.registry.entities.find((e) => e.id === entityId));
  const [name, setName] = useState(entity?.name ?? '');
  const [description, setDescription] = useState(entity?.description ?? '');
  const nameId = useId();
  const typeId = useId();
  const descriptionId = useId();

  if (!entity) {
    // Merged away or deleted (by undo, or in another tab) while the editor was open.
    return (
      <ModalDialog label="Edit entity" onCancel={onClose}>
        <p>This entity is no longer in the entity list.</p>
        <div className="fm-dialog-actions">
          <button type="button" className="fm-button" onClick={onClose} data-autofocus>
            Close
          </button>
        </div>
      </ModalDialog>
    );
  }

  const rename = (value: string) => {
    setName(value);
    if (value.trim())
      store.getState().updateEntity(entity.id, { name: value }, `name:${entity.id}`);
  };

  return (
    <ModalDialog label="Edit entity" onCancel={onClose} className="fm-dialog-wide">
      <form className="fm-form fm-entity-editor" onSubmit={(e) => e.preventDefault()}>
        <div className="fm-registry-row">
          <div className="fm-field">
            <label htmlFor={nameId}>Name</label>
            <input
              id={nameId}
              data-autofocus
              type="text"
              value={name}
              aria-invalid={name.trim() ? undefined : true}
              onChange={(e) => rename(e.target.value)}
              onBlur={() => setName(entity.name)}
            />
          </div>
          <div className="fm-field">
            <label htmlFor={typeId}>Entity type</label>
            <select
              id={typeId}
              value={entity.type}
              onChange={(e) => store.getState().updateEntity(entity.id, { type: e.target.value })}
            >
              <EntityTypeOptions />
            </select>
          </div>
        </div>
        <Aliases entity={entity} />
        <fieldset className="fm-registry-fieldset">
          <legend>Links</legend>
          {ENTITY_LINK_KINDS.map((kind) => (
            <LinkField key={kind} entity={entity} kind={kind} />
          ))}
        </fieldset>
        <div className="fm-field">
          <label htmlFor={descriptionId}>Description</label>
          <textarea
            id={descriptionId}
            rows={2}
            value={description}
            onChange={(e) => {
              setDescription(e.target.value);
              store
                .getState()
                .updateEntity(entity.id, { description: e.target.value }, `about:${entity.id}`);
            }}
          />
        </div>
        <div className="fm-dialog-actions">
          <button type="button" className="fm-button" onClick={onMerge}>
            Merge…
          </button>
          <button type="button" className="fm-button fm-button-danger" onClick={onDelete}>
            Delete…
          </button>
          <span className="fm-actions-gap" />
          <button type="button" className="fm-button fm-button-primary" onClick={onClose}>
            Done
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
