// `Use as evidence` → `Supports` (S), `Refutes` (R), `Context` (O): while evidence is collected
// for a claim, the selected text becomes an evidence passage of the open article, linked to it.
import type { EvidenceRelationType } from '../../shared/model/relations';
import type { Command, CommandName } from './types';

function evidenceCommand<N extends CommandName>(
  name: N,
  type: EvidenceRelationType,
  label: string,
  key: string,
): Command<N> {
  return {
    name,
    label,
    keys: [{ key }],
    isEnabled: (state) =>
      state.linkingTarget !== null && state.article !== null && state.readingProblem === null,
    run: async ({ store, surface }) => {
      const span = surface.current?.readSelection() ?? null;
      if (!span) {
        store.getState().notify('info', 'Select the passage to use as evidence first.');
        return;
      }
      if (await store.getState().useAsEvidence(span, type)) surface.current?.clearSelection();
    },
  };
}

export const evidenceSupports = evidenceCommand(
  'evidence-supports',
  'supports',
  'Use as evidence: Supports',
  's',
);
export const evidenceRefutes = evidenceCommand(
  'evidence-refutes',
  'refutes',
  'Use as evidence: Refutes',
  'r',
);
export const evidenceContext = evidenceCommand(
  'evidence-context',
  'context',
  'Use as evidence: Context',
  'o',
);
