// `Collect evidence for this claim` (V): the active claim becomes the linking target, kept
// while other articles are opened; passages and claims picked next are linked to it.
import type { Command } from './types';

export const collectEvidence: Command<'collect-evidence'> = {
  name: 'collect-evidence',
  label: 'Collect evidence for this claim',
  keys: [{ key: 'v' }],
  isEnabled: (state) => state.article !== null && state.activeClaimId !== null,
  run: ({ store }) => store.getState().collectEvidence(),
};
