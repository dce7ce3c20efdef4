// Dialog `Tag entity`: combobox `Entity` and a `Type` choice (Model, Company, Person and the
// user's own types). Enter confirms: it tags the highlighted entity, or creates one of the
// chosen type, on the target captured when the dialog opened (a claim, or a new mention).
import { useMemo, useState, type FormEvent } from 'react';
import { findEntityByName, normalizeName, searchEntities } from '../store/entity-search';
import type { TagTarget } from '../store/tag-target';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { EntityCombobox, type EntityOption } from './EntityCombobox';
import { DialogActions } from './DialogActions';
import { EntityTypeOptions } from './EntityTypeOptions';
import { ModalDialog } from './ModalDialog';

const NEW_TYPE = '__new-type__';
/** The type the last created entity had: a run of tagging is usually of one kind. */
let lastType = 'model';

function buildOptions(entities: Parameters<typeof searchEntities>[0], query: string, type: string) {
  const matches: EntityOption[] = searchEntities(entities, query).map((entity) => ({
    kind: 'entity',
    entity,
  }));
  const name = query.trim().replace(/\s+/g, ' ');
  const exact = matches.findIndex(
    (o) => o.kind === 'entity' && normalizeName(o.entity.name) === normalizeName(name),
  );
  const sameTypeExists = name !== '' && findEntityByName(entities, name, type) !== undefined;
  const options =
    name && !sameTypeExists ? [...matches, { kind: 'create' as const, name }] : matches;
  const aliasExact = matches.findIndex(
    (o) => o.kind === 'entity' && findEntityByName([o.entity], name),
  );
  const preferred = exact >= 0 ? exact : aliasExact >= 0 ? aliasExact : options.length - 1;
  return { options, preferred };
}

export function TagEntityDialog({
  target,
  prefill,
  initialType,
}: {
  target: TagTarget;
  prefill: string;
  /** The type chosen already (a type's key was pressed). */
  initialType?: string | undefined;
}) {
  const store = useFactmarkStore();
  const entities = useFactmark((s) => s.registry.entities);
  const types = useFactmark((s) => s.registry.types);
  const [query, setQuery] = useState(prefill);
  const [type, setType] = useState(() =>
    initialType && types.some((t) => t.id === initialType)
      ? initialType
      : types.some((t) => t.id === lastType)
        ? lastType
        : (types[0]?.id ?? 'model'),
  );
  const [newTypeLabel, setNewTypeLabel] = useState('');
  const [chosen, setChosen] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const { options, preferred } = useMemo(
    () => buildOptions(entities, query, type),
    [entities, query, type],
  );
  const activeIndex = chosen !== null && chosen < options.length ? chosen : preferred;
  const typeLabel =
    type === NEW_TYPE
      ? newTypeLabel.trim() || 'a new type'
      : (types.find((t) => t.id === type)?.label ?? type);

  const close = () => store.getState().closeDialog();

  // The entity, the tag, the notice and the closed dialog reach the screen in one store update.
  const pick = (index: number) => store.getState().batch(() => pickNow(index));

  const pickNow = (index: number) => {
    const option = options[index];
    const state = store.getState();
    if (!option) {
      setProblem('Type the name of an entity.');
      return;
    }
    let entityId: string;
    let entityName: string;
    if (option.kind === 'entity') {
      entityId = option.entity.id;
      entityName = option.entity.name;
    } else {
      let typeId = type;
      if (type === NEW_TYPE) {
        const added = state.addEntityType(newTypeLabel);
        if (!added) {
          setProblem('Name the new type (letters and digits).');
          return;
        }
        typeId = added.id;
      }
      const created = state.createEntity(option.name, typeId);
      if (!created) return;
      lastType = typeId;
      entityId = created.id;
      entityName = created.name;
    }
    state.tagEntity(target, entityId);
    state.notify(
      'info',
      target.kind === 'claim'
        ? `Tagged the claim with ${entityName}.`
        : `Marked a mention of ${entityName}.`,
    );
    close();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    pick(activeIndex);
  };

  return (
    <ModalDialog label="Tag entity" onCancel={close}>
      <form className="fm-form" onSubmit={submit}>
        <p className="fm-dialog-lead">
          {target.kind === 'claim'
            ? 'Tag the claim with an entity.'
            : 'Mark the selected text as a mention of an entity.'}
        </p>
        <EntityCombobox
          query={query}
          onQueryChange={(q) => {
            setQuery(q);
            setChosen(null);
            setProblem(null);
          }}
          options={options}
          activeIndex={activeIndex}
          onActiveIndexChange={setChosen}
          onPick={pick}
          typeOf={(id) => types.find((t) => t.id === id)}
          createTypeLabel={typeLabel}
        />
        <div className="fm-field">
          <label htmlFor="fm-entity-type">Type</label>
          <select
            id="fm-entity-type"
            value={type}
            onChange={(e) => setType(e.target.value)}
            onKeyDown={(e) => {
              // Enter confirms from here too (a select does not submit its form by itself).
              if (e.key === 'Enter') {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          >
            <EntityTypeOptions />
            <option value={NEW_TYPE}>New type…</option>
          </select>
        </div>
        {type === NEW_TYPE && (
          <div className="fm-field">
            <label htmlFor="fm-new-type">New type name</label>
            <input
              id="fm-new-type"
              type="text"
              placeholder="Benchmark, Dataset…"
              value={newTypeLabel}
              onChange={(e) => setNewTypeLabel(e.target.value)}
            />
          </div>
        )}
        {problem && (
          <p className="fm-field-problem" aria-live="polite">
            {problem}
          </p>
        )}
        <DialogActions submit="Tag" onCancel={close} />
      </form>
    </ModalDialog>
  );
}
