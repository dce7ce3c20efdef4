// Region `Entities`: the entities tagged or mentioned in the open article, grouped by type,
// with how often each occurs; mentions can be revealed in the text or removed from here. From
// here the registry is edited too: an entity (rename, aliases, links, merge, delete), the types,
// and the gazetteer switch.
import { memo, useCallback, useMemo, useState } from 'react';
import type { Claim, Mention } from '../../shared/model/annotations';
import type { EntityType } from '../../shared/model/entities';
import { useFactmarkStore } from '../store/hooks';
import { useFactmarkAfterPaint } from './after-paint';
import { useCommandContext } from './command-context';
import { typeColour } from './EntityChip';
import {
  useResolvedAnnotationsAfterPaint,
  useEntityLookupAfterPaint,
  type EntityLookup,
} from './entity-lookup';
import { groupUses, keepUnchangedUses, type EntityUse, type TypeGroup } from './entity-uses';
import { RegistryDialogs, RegistryTools, type RegistryDialog } from './RegistryTools';
import { plural, truncate } from './format';
import { SideSection, useFoldable } from './SideSection';
import { useShownLayerFilter } from './shown-layers';

/** Mentions listed under an entity before a "show all" button. */
const MENTIONS_SHOWN = 12;

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

type GroupInputs = [
  claims: readonly Claim[] | undefined,
  mentions: readonly Mention[] | undefined,
  lookup: EntityLookup,
  types: readonly EntityType[],
];

/**
 * The grouping of the article's entity uses, keeping the entries that did not change from the
 * last one (React's "information from previous renders" pattern), so their rows stay memoised.
 */
function useGroupedUses(...inputs: GroupInputs): TypeGroup[] {
  const group = (previous: readonly TypeGroup[]) => {
    const [claims, mentions, lookup, types] = inputs;
    return claims && mentions
      ? keepUnchangedUses(previous, groupUses({ claims, mentions }, lookup, types))
      : [];
  };
  const [kept, setKept] = useState(() => ({ inputs, groups: group([]) }));
  if (kept.inputs.every((input, i) => input === inputs[i])) return kept.groups;
  const groups = group(kept.groups);
  setKept({ inputs, groups });
  return groups;
}

export function EntitiesPanel() {
  // As the registry resolves them: merged entities count as their survivor, deleted ones go.
  // A step behind the store (see useResolvedAnnotationsAfterPaint): edits paint first.
  const resolved = useResolvedAnnotationsAfterPaint();
  // Only the layers shown: in Blind mode, others' tags stay hidden here too.
  const keep = useShownLayerFilter();
  const { claims, mentions } = useMemo(
    () =>
      keep
        ? { claims: resolved.claims?.filter(keep), mentions: resolved.mentions?.filter(keep) }
        : resolved,
    [resolved, keep],
  );
  const types = useFactmarkAfterPaint((s) => s.registry.types);
  const [dialog, setDialog] = useState<RegistryDialog | null>(null);
  const edit = useCallback((entityId: string) => setDialog({ kind: 'edit', entityId }), []);
  const lookup = useEntityLookupAfterPaint();
  const groups = useGroupedUses(claims, mentions, lookup, types);
  const foldable = useFoldable('Entities');
  return (
    <SideSection
      name="Entities"
      className="fm-entities"
      {...foldable}
      after={<RegistryDialogs dialog={dialog} onChange={setDialog} />}
    >
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
    </SideSection>
  );
}
