// The slim bar above the text while evidence is collected for a claim: which claim, the ways to
// use the selected text (`Supports`, `Refutes`, `Context`) and `Stop`. It also lists the links
// of each article as it opens, for the review panels.
import { useEffect } from 'react';
import { runCommand } from '../commands/registry';
import type { CommandName } from '../commands/types';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { useCommandContext } from './command-context';
import { truncate } from './format';

const USES: ReadonlyArray<[CommandName, string, string]> = [
  ['evidence-supports', 'Supports', 'S'],
  ['evidence-refutes', 'Refutes', 'R'],
  ['evidence-context', 'Context', 'O'],
];

export function EvidenceBar({ articleId }: { articleId: string }) {
  const store = useFactmarkStore();
  const context = useCommandContext();
  const target = useFactmark((s) => s.linkingTarget);
  // The links touching the article, listed once it shows (and again after each link change).
  useEffect(() => {
    void store.getState().loadRelations();
  }, [store, articleId]);
  if (!target) return null;
  const where = target.document === articleId ? 'this article' : target.title;
  return (
    <div className="fm-evidence-bar" role="region" aria-label="Evidence for">
      <span className="fm-evidence-bar-text">
        Evidence for: <q title={target.quote}>{truncate(target.quote, 70)}</q>{' '}
        <span className="fm-evidence-bar-where">({where})</span>
      </span>
      <span className="fm-evidence-bar-actions" role="group" aria-label="Use as evidence">
        <span className="fm-evidence-bar-hint">Select a passage, then:</span>
        {USES.map(([name, label, key]) => (
          <button
            key={name}
            type="button"
            className="fm-button fm-button-small"
            aria-keyshortcuts={key}
            title={`${label} (${key})`}
            onClick={() => void runCommand(name, context)}
          >
            {label}
          </button>
        ))}
        <button
          type="button"
          className="fm-button fm-button-small"
          aria-keyshortcuts="Shift+V"
          onClick={() => store.getState().stopCollecting()}
        >
          Stop
        </button>
      </span>
    </div>
  );
}
