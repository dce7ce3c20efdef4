// An entity on a claim: its name in its type's colour, with a button to take it off.
import type { CSSProperties } from 'react';
import type { EntityLookup } from './entity-lookup';

/** A type's colour as a CSS variable (set through the CSSOM, which the CSP allows). */
export function typeColour(color: string | undefined): CSSProperties | undefined {
  return color ? ({ '--fm-type-color': color } as CSSProperties) : undefined;
}

interface EntityChipProps {
  entityId: string;
  lookup: EntityLookup;
  /** 'tag' for an entity tagged on the claim, 'mention' for one mentioned inside it. */
  source: 'tag' | 'mention';
  onRemove: () => void;
}

export function EntityChip({ entityId, lookup, source, onRemove }: EntityChipProps) {
  const entity = lookup.entity(entityId);
  const type = entity && lookup.type(entity.type);
  const name = entity?.name ?? 'Unknown entity';
  const removeLabel = source === 'tag' ? `Untag ${name}` : `Remove mentions of ${name}`;
  return (
    <span
      className={`fm-chip fm-chip-${source}`}
      data-entity-type={entity?.type}
      style={typeColour(type?.color)}
    >
      <span className="fm-chip-dot" aria-hidden="true" />
      <span className="fm-chip-name">{name}</span>
      {type && <span className="fm-visually-hidden">, {type.label}</span>}
      {source === 'mention' && <span className="fm-visually-hidden"> (mentioned)</span>}
      <button
        type="button"
        className="fm-chip-remove"
        aria-label={removeLabel}
        title={removeLabel}
        onClick={onRemove}
      >
        ×
      </button>
    </span>
  );
}
