// Number keys for entity types: with text selected, a type's key (1 Model, 2 Company, 3 Person,
// a user type's own key) tags the selection as that type — at once when the text names exactly
// one entity of that type, otherwise through `Tag entity` with the type chosen.
import type { EntityType } from '../../shared/model/entities';
import { normalizeName } from '../store/entity-search';
import { resolveTagTarget } from '../store/tag-target';
import type { CommandContext } from './types';

/** Longer text is not offered as an entity name (as in `Tag entity`). */
const MAX_PREFILL = 80;

/** The type whose shortcut is this key, if any (letters ignore case). */
export function typeForKey(key: string, types: readonly EntityType[]): EntityType | null {
  const wanted = key.toLowerCase();
  return types.find((t) => t.shortcut !== undefined && t.shortcut.toLowerCase() === wanted) ?? null;
}

/** Tags the selected text as `type`; false (nothing done) when no text is selected. */
export function tagSelectionAs(context: CommandContext, type: EntityType): boolean {
  const { store, surface } = context;
  const state = store.getState();
  const { article, reading, registry } = state;
  const selection = surface.current?.readSelection() ?? null;
  if (!article || !reading || !selection || state.readingProblem) return false;
  const target = resolveTagTarget(article, selection, state.activeClaimId);
  if (!target) return false;
  const text = reading.text.slice(selection.start, selection.end);
  const name = normalizeName(text);
  const matches = registry.entities.filter(
    (e) => e.type === type.id && [e.name, ...e.aliases].some((n) => normalizeName(n) === name),
  );
  if (matches.length === 1) {
    const entity = matches[0]!;
    state.tagEntity(target, entity.id);
    surface.current?.clearSelection();
    state.notify(
      'info',
      target.kind === 'claim'
        ? `Tagged the claim with ${entity.name}.`
        : `Marked a mention of ${entity.name}.`,
    );
    return true;
  }
  const prefill = [...text].length <= MAX_PREFILL ? text : '';
  state.openDialog({ kind: 'tag-entity', target, prefill, type: type.id });
  return true;
}
