// Region `Entities`: the entities tagged or mentioned in the open article, grouped by type,
// with how often each occurs; mentions can be revealed in the text or removed from here. From
// here the registry is edited too: an entity (rename, aliases, links, merge, delete), the types,
// and the gazetteer switch.
import { memo, useCallback, useMemo, useState } from 'react';
import { byReadingOrder, type Claim, type Mention } from '../../shared/model/annotations';
import type { Entity, EntityType } from '../../shared/model/entities';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { useCommandContext } from './command-context';
import { typeColour } from './EntityChip';
import { useEntityLookup, useResolvedAnnotations, type EntityLookup } from './entity-lookup';
import { RegistryDialogs, RegistryTools, type RegistryDialog } from './RegistryTools';
import { plural, truncate } from './format';

/** Mentions listed under an entity before a "show all" button. */
const MENTIONS_SHOWN = 12;

interface EntityUse {
  entity: Entity;
  claims: number;
  mentions: Mention[];
}

interface TypeGroup {
  type: EntityType | { id: string; label: string; color: undefined };
  uses: EntityUse[];
}

function groupUses(
  article: { claims: readonly Claim[]; mentions: readonly Mention[] },
  lookup: EntityLookup,
  types: readonly EntityType[],
): TypeGroup[] {
  const uses = new Map<string, EntityUse>();
  const entryOf = (id: string) => {
    const entity = lookup.entity(id) ?? {
      id,
      type: 'unknown',
      name: 'Unknown entity',
      aliases: [],
      links: {},
    };
    let entry = uses.get(id);
    if (!entry) uses.set(id, (entry = { entity, claims: 0, mentions: [] }));
    return entry;
  };
  for (const claim of article.claims) for (const id of claim.entities) entryOf(id).claims++;
  for (const mention of [...article.mentions].sort(byReadingOrder))
    entryOf(mention.entity).mentions.push(mention);

  const groups = new Map<string, TypeGroup>();
  for (const entry of uses.values()) {
    const typeId = entry.entity.type;
    let group = groups.get(typeId);
    if (!group) {
      const type = types.find((t) => t.id === typeId) ?? {
        id: typeId,
        label: typeId,
        color: undefined,
      };
      groups.set(typeId, (group = { type, uses: [] }));
    }
    group.uses.push(entry);
  }
  const order = (id: string) => {
    const i = types.findIndex((t) => t.id === id);
    return i < 0 ? types.length : i;
  };
  return [...groups.values()]
    .sort((a, b) => order(a.type.id) - order(b.type.id))
    .map((g) => ({
      ...g,
      uses: g.uses.sort((a, b) => a.entity.name.localeCompare(b.entity.name)),
    }));
}

const EntityRow = memo(function EntityRow({
  use,
  onEdit,
}: {
  use: EntityUse;
  onEdit: (entityId: string) => void;
}) {
  const store = useFactmarkStore();
  const { surface } = useCommandContext();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? use.mentions : use.mentions.slice(0, MENTIONS_SHOWN);
  const counts = [
    use.claims > 0 ? plural(use.claims, 'claim') : null,
    use.mentions.length > 0 ? plural(use.mentions.length, 'mention') : null,
  ].filter(Boolean);
  return (
    <li className="fm-entity">
      <div className="fm-entity-head">
        <span className="fm-entity-name">{use.entity.name}</span>
        <span className="fm-entity-count">{counts.join(' · ')}</span>
        {use.entity.type !== 'unknown' && (
          <button
            type="button"
            className="fm-link-button fm-entity-edit"
            aria-label={`Edit ${use.entity.name}`}
            onClick={() => onEdit(use.entity.id)}
          >
            Edit
          </button>
        )}
      </div>
      {use.mentions.length > 0 && (
        // A group, not a list: the list items of `Entities` are its entities.
        <div className="fm-mentions" role="group" aria-label={`Mentions of ${use.entity.name}`}>
          {shown.map((m) => (
            <span key={m.id} className="fm-mention-item">
              <button
                type="button"
                className="fm-link-button"
                onClick={() => surface.current?.reveal(m, m.id)}
              >
                “{truncate(m.quote, 40)}”
              </button>
              <button
                type="button"
                className="fm-mention-remove"
                aria-label={`Remove mention “${truncate(m.quote, 40)}”`}
                title="Remove mention"
                onClick={() => store.getState().removeMentions([m.id])}
              >
                ×
              </button>
            </span>
          ))}
          {shown.length < use.mentions.length && (
            <button type="button" className="fm-link-button" onClick={() => setShowAll(true)}>
              Show all {use.mentions.length}
            </button>
          )}
        </div>
      )}
    </li>
  );
});

export function EntitiesPanel() {
  // As the registry resolves them: merged entities count as their survivor, deleted ones go.
  const { claims, mentions } = useResolvedAnnotations();
  const types = useFactmark((s) => s.registry.types);
  const [dialog, setDialog] = useState<RegistryDialog | null>(null);
  const edit = useCallback((entityId: string) => setDialog({ kind: 'edit', entityId }), []);
  const lookup = useEntityLookup();
  const groups = useMemo(
    () => (claims && mentions ? groupUses({ claims, mentions }, lookup, types) : []),
    [claims, mentions, lookup, types],
  );
  return (
    <section aria-label="Entities" className="fm-panel fm-entities">
      <h2 className="fm-panel-title">Entities</h2>
      {groups.length === 0 ? (
        <p className="fm-empty">
          {claims ? (
            <>
              None tagged yet. Select a name and press <kbd>E</kbd>.
            </>
          ) : (
            'Open an article to see its entities.'
          )}
        </p>
      ) : (
        groups.map((group) => (
          <div key={group.type.id} className="fm-entity-group" style={typeColour(group.type.color)}>
            <h3 className="fm-entity-type">{group.type.label}</h3>
            <ul className="fm-entity-list">
              {group.uses.map((use) => (
                <EntityRow key={use.entity.id} use={use} onEdit={edit} />
              ))}
            </ul>
          </div>
        ))
      )}
      <RegistryTools onOpen={setDialog} />
      <RegistryDialogs dialog={dialog} onChange={setDialog} />
    </section>
  );
}
