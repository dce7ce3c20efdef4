// Dialog `Entity types`: the built-in types (Model, Company, Person) and the user's own, each
// with a name, a colour and a shortcut key; user types can be added and removed.
import { useState } from 'react';
import { BUILT_IN_ENTITY_TYPES, type EntityType } from '../../shared/model/entities';
import { TYPE_COLOURS } from '../store/entities-slice';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { typeColour } from './EntityChip';
import { ModalDialog } from './ModalDialog';

function TypeRow({ type }: { type: EntityType }) {
  const store = useFactmarkStore();
  const [label, setLabel] = useState(type.label);
  const [shortcut, setShortcut] = useState(type.shortcut ?? '');
  const builtIn = (BUILT_IN_ENTITY_TYPES as readonly string[]).includes(type.id);
  return (
    <li className="fm-type-row" style={typeColour(type.color)}>
      <input
        type="color"
        aria-label={`Colour of ${type.label}`}
        value={type.color}
        onChange={(e) => store.getState().updateEntityType(type.id, { color: e.target.value })}
      />
      <input
        type="text"
        aria-label={`Name of type ${type.label}`}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        onBlur={() => {
          if (!store.getState().updateEntityType(type.id, { label })) setLabel(type.label);
        }}
      />
      <input
        type="text"
        className="fm-shortcut-input"
        aria-label={`Shortcut of ${type.label}`}
        maxLength={1}
        value={shortcut}
        onChange={(e) => {
          setShortcut(e.target.value);
          if (!store.getState().updateEntityType(type.id, { shortcut: e.target.value })) {
            setShortcut(type.shortcut ?? '');
          }
        }}
      />
      {builtIn ? (
        <span className="fm-type-builtin">built in</span>
      ) : (
        <button
          type="button"
          className="fm-mention-remove"
          aria-label={`Remove type ${type.label}`}
          title="Remove type"
          onClick={() => store.getState().removeEntityType(type.id)}
        >
          ×
        </button>
      )}
    </li>
  );
}

export function EntityTypesEditor({ onClose }: { onClose: () => void }) {
  const store = useFactmarkStore();
  const types = useFactmark((s) => s.registry.types);
  const [label, setLabel] = useState('');
  const [color, setColor] = useState(TYPE_COLOURS[types.length % TYPE_COLOURS.length]!);
  const add = () => {
    if (!label.trim()) return;
    if (store.getState().addEntityType(label, { color })) {
      setLabel('');
      setColor(TYPE_COLOURS[(types.length + 1) % TYPE_COLOURS.length]!);
    }
  };
  return (
    <ModalDialog label="Entity types" onCancel={onClose}>
      <form
        className="fm-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <p className="fm-dialog-lead">
          Each type has a colour for its highlights and a key that picks it while tagging.
        </p>
        <ul className="fm-type-list" aria-label="Types">
          {types.map((t) => (
            <TypeRow key={`${t.id}:${t.label}:${t.shortcut ?? ''}`} type={t} />
          ))}
        </ul>
        <fieldset className="fm-registry-fieldset">
          <legend>Add a type</legend>
          <div className="fm-inline-add">
            <input
              type="color"
              aria-label="Colour of the new type"
              value={color}
              onChange={(e) => setColor(e.target.value)}
            />
            <input
              type="text"
              data-autofocus
              aria-label="New type name"
              placeholder="Benchmark, Dataset, Product…"
              value={label}
              onChange={(e) => setLabel(e.target.value)}
            />
            <button type="submit" className="fm-button">
              Add type
            </button>
          </div>
        </fieldset>
        <div className="fm-dialog-actions">
          <button type="button" className="fm-button fm-button-primary" onClick={onClose}>
            Done
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
