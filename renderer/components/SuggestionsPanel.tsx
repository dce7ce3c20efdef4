// Region `Suggestions`, folded until the person opens it (and only then drawn in the article):
// what the engine offers in the open article and is not yet accepted —
// the current suggestion with its keys, suggested entities grouped with their counts (accept
// all of one at once), and suggested claims. Nothing here is saved until accepted.
import { memo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ClaimSuggestion, MentionSuggestion } from '../../shared/suggest';
import { runCommand } from '../commands/registry';
import type { CommandName } from '../commands/types';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { groupByEntity, type AnySuggestion } from '../store/suggestion-list';
import { useCommandContext } from './command-context';
import { typeColour } from './EntityChip';
import { useEntityLookup } from './entity-lookup';
import { plural, truncate } from './format';
import { SideSection } from './SideSection';

/** Claims listed before a "show all" button (a long article has thousands). */
const CLAIMS_SHOWN = 30;
const GROUPS_SHOWN = 40;

function describe(s: AnySuggestion, typeLabel: (id: string) => string): string {
  return s.kind === 'mention'
    ? `“${s.quote}” as ${s.name} (${typeLabel(s.type)})${s.entity ? '' : ', new entity'}`
    : `claim “${truncate(s.quote, 80)}”`;
}

function CommandButtonSmall({ name, children }: { name: CommandName; children: string }) {
  const context = useCommandContext();
  return (
    <button
      type="button"
      className="fm-button fm-button-small"
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => void runCommand(name, context)}
    >
      {children}
    </button>
  );
}

function CurrentSuggestion({ typeLabel }: { typeLabel: (id: string) => string }) {
  const current = useFactmark((s) =>
    s.currentSuggestionId === null
      ? null
      : (s.suggestions?.ordered.find((x) => x.id === s.currentSuggestionId) ?? null),
  );
  return (
    <div className="fm-suggestion-current-box">
      <p className="fm-suggestion-status" aria-live="polite" data-suggestion-id={current?.id}>
        {current
          ? `Suggested ${describe(current, typeLabel)}.`
          : 'Press Tab in the article to go through the suggestions.'}
      </p>
      {current && (
        <div className="fm-suggestion-actions">
          <CommandButtonSmall name="accept-suggestion">Accept (A)</CommandButtonSmall>
          <CommandButtonSmall name="reject-suggestion">Reject (X)</CommandButtonSmall>
          {current.kind === 'mention' && (
            <CommandButtonSmall name="accept-all-of-entity">
              Accept all (Shift+A)
            </CommandButtonSmall>
          )}
        </div>
      )}
    </div>
  );
}

const ClaimSuggestionRow = memo(function ClaimSuggestionRow({
  suggestion,
  current,
}: {
  suggestion: ClaimSuggestion;
  current: boolean;
}) {
  const store = useFactmarkStore();
  const quote = truncate(suggestion.quote, 140);
  return (
    <li className="fm-suggested-claim" aria-current={current ? 'true' : undefined}>
      <button
        type="button"
        className="fm-link-button fm-suggested-claim-quote"
        onClick={() => store.getState().setCurrentSuggestion(suggestion.id)}
      >
        “{quote}”
      </button>
      <span className="fm-suggestion-reasons">{suggestion.reasons.join(', ')}</span>
      <span className="fm-suggestion-row-actions">
        <button
          type="button"
          className="fm-button fm-button-small"
          aria-label={`Accept claim “${truncate(suggestion.quote, 40)}”`}
          onClick={() => store.getState().acceptSuggestion(suggestion.id)}
        >
          Accept
        </button>
        <button
          type="button"
          className="fm-button fm-button-small"
          aria-label={`Reject claim “${truncate(suggestion.quote, 40)}”`}
          onClick={() => store.getState().rejectSuggestion(suggestion.id)}
        >
          Reject
        </button>
      </span>
    </li>
  );
});

const sameItems = <T,>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Mention suggestions grouped by entity. A new list with the same suggestions (a claim marked
 * hides claim suggestions only) keeps the grouping: regrouping thousands takes a long task.
 */
function useEntityGroups(mentions: readonly MentionSuggestion[] | undefined) {
  const [kept, setKept] = useState(() => ({
    mentions,
    groups: mentions ? groupByEntity(mentions) : [],
  }));
  if (kept.mentions === mentions) return kept.groups;
  if (mentions && kept.mentions && sameItems(mentions, kept.mentions)) {
    setKept({ mentions, groups: kept.groups });
    return kept.groups;
  }
  const groups = mentions ? groupByEntity(mentions) : [];
  setKept({ mentions, groups });
  return groups;
}

export function SuggestionsPanel() {
  const store = useFactmarkStore();
  const { list, status, currentId, hasArticle } = useFactmark(
    useShallow((s) => ({
      list: s.suggestions,
      status: s.suggestionsStatus,
      currentId: s.currentSuggestionId,
      hasArticle: s.article !== null,
    })),
  );
  const lookup = useEntityLookup();
  const typeLabel = (id: string) => lookup.type(id)?.label ?? id;
  const groups = useEntityGroups(list?.mentions);
  const [showAll, setShowAll] = useState(false);
  const currentGroup = list?.mentions.find((m) => m.id === currentId);
  const shown = useFactmark((s) => s.suggestionsShown);

  if (!hasArticle) return null;
  const claims = list?.claims ?? [];
  const shownClaims = showAll ? claims : claims.slice(0, CLAIMS_SHOWN);
  const shownGroups = showAll ? groups : groups.slice(0, GROUPS_SHOWN);
  return (
    <SideSection
      name="Suggestions"
      className="fm-suggestions"
      open={shown}
      onToggle={() => store.getState().setSuggestionsShown(!shown)}
      count={
        list && (
          <span className="fm-panel-count">
            {plural(list.mentions.length, 'mention')}, {plural(claims.length, 'claim')}
          </span>
        )
      }
    >
      {status === 'working' && !list && <p className="fm-empty">Looking for names and claims…</p>}
      {status === 'failed' && <p className="fm-empty">Suggestions are not available.</p>}
      {list && list.ordered.length === 0 && (
        <p className="fm-empty">Nothing more to suggest in this article.</p>
      )}
      {list && list.ordered.length > 0 && (
        <>
          <CurrentSuggestion typeLabel={typeLabel} />
          {groups.length > 0 && (
            <>
              <h3 className="fm-suggestion-heading">Entities</h3>
              <ul className="fm-suggested-entities" aria-label="Suggested entities">
                {shownGroups.map((group) => {
                  const color = lookup.type(group.type)?.color;
                  const isCurrent =
                    currentGroup !== undefined && group.suggestions.includes(currentGroup);
                  return (
                    <li
                      key={group.key}
                      className="fm-suggested-entity"
                      style={typeColour(color)}
                      aria-current={isCurrent ? 'true' : undefined}
                    >
                      <span className="fm-chip-dot" aria-hidden="true" />
                      <button
                        type="button"
                        className="fm-link-button fm-suggested-entity-name"
                        title="Go to its first suggested mention"
                        onClick={() =>
                          store.getState().setCurrentSuggestion(group.suggestions[0]!.id)
                        }
                      >
                        {group.name}
                      </button>
                      <span className="fm-suggestion-type">
                        {typeLabel(group.type)}
                        {group.known ? '' : ' · new'}
                      </span>
                      <span className="fm-entity-count">{group.suggestions.length}</span>
                      <button
                        type="button"
                        className="fm-button fm-button-small"
                        aria-label={`Accept all ${plural(group.suggestions.length, 'mention')} of ${group.name}`}
                        onClick={() => store.getState().acceptAllOfEntity(group.suggestions[0]!.id)}
                      >
                        Accept all
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {claims.length > 0 && (
            <>
              <h3 className="fm-suggestion-heading">Claims</h3>
              <ul className="fm-suggested-claims" aria-label="Suggested claims">
                {shownClaims.map((c) => (
                  <ClaimSuggestionRow key={c.id} suggestion={c} current={c.id === currentId} />
                ))}
              </ul>
            </>
          )}
          {(shownClaims.length < claims.length || shownGroups.length < groups.length) && (
            <button type="button" className="fm-link-button" onClick={() => setShowAll(true)}>
              Show all suggestions
            </button>
          )}
        </>
      )}
    </SideSection>
  );
}
