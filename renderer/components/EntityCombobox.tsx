// The combobox `Entity` (ARIA 1.2 combobox with a list popup): the user types a name, matching
// entities (by name or alias) are offered, and a last option creates a new entity. The
// highlighted option is what Enter picks: an exact match if there is one, else "Create".
import { useId, type KeyboardEvent } from 'react';
import type { Entity, EntityType } from '../../shared/model/entities';
import { typeColour } from './EntityChip';

export type EntityOption = { kind: 'entity'; entity: Entity } | { kind: 'create'; name: string };

interface EntityComboboxProps {
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly EntityOption[];
  activeIndex: number;
  onActiveIndexChange: (index: number) => void;
  /** Picks an option (a click, or Enter from the form). */
  onPick: (index: number) => void;
  typeOf: (id: string) => EntityType | undefined;
  createTypeLabel: string;
}

export function EntityCombobox({
  query,
  onQueryChange,
  options,
  activeIndex,
  onActiveIndexChange,
  onPick,
  typeOf,
  createTypeLabel,
}: EntityComboboxProps) {
  const inputId = useId();
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;
  const expanded = options.length > 0;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!expanded) return;
    const last = options.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: activeIndex >= last ? 0 : activeIndex + 1,
      ArrowUp: activeIndex <= 0 ? last : activeIndex - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined || ((event.key === 'Home' || event.key === 'End') && !event.ctrlKey))
      return;
    event.preventDefault();
    onActiveIndexChange(next);
    document.getElementById(optionId(next))?.scrollIntoView?.({ block: 'nearest' });
  };

  return (
    <div className="fm-field fm-combobox">
      <label htmlFor={inputId}>Entity</label>
      <input
        id={inputId}
        data-autofocus
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        placeholder="Name of a model, company, person…"
        onChange={(e) => onQueryChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        className="fm-listbox"
        hidden={!expanded}
      >
        {options.map((option, i) => {
          const type = option.kind === 'entity' ? typeOf(option.entity.type) : undefined;
          return (
            <li
              key={option.kind === 'entity' ? option.entity.id : 'create'}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              className={option.kind === 'create' ? 'fm-option fm-option-create' : 'fm-option'}
              style={typeColour(type?.color)}
              // Keep focus in the input; the click picks.
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => i !== activeIndex && onActiveIndexChange(i)}
              onClick={() => onPick(i)}
            >
              {option.kind === 'entity' ? (
                <>
                  <span className="fm-option-name">{option.entity.name}</span>
                  {option.entity.aliases.length > 0 && (
                    <span className="fm-option-aliases">{option.entity.aliases.join(', ')}</span>
                  )}
                  <span className="fm-option-type">{type?.label ?? option.entity.type}</span>
                </>
              ) : (
                <span className="fm-option-name">
                  Create “{option.name}” as {createTypeLabel}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
