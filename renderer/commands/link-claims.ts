// `Same claim` (M) and `Contradicts` (D): while evidence is collected for a claim, the active
// claim of the open article is linked to it.
import type { ClaimRelationType } from '../../shared/model/relations';
import type { Command, CommandName } from './types';

function linkClaims<N extends CommandName>(
  name: N,
  type: ClaimRelationType,
  label: string,
  key: string,
): Command<N> {
  return {
    name,
    label,
    keys: [{ key }],
    isEnabled: (state) => state.linkingTarget !== null && state.activeClaimId !== null,
    run: async ({ store }) => {
      const claimId = store.getState().activeClaimId;
      if (claimId) await store.getState().linkToTarget(claimId, type);
    },
  };
}

export const linkSameClaim = linkClaims('link-same-claim', 'same-claim', 'Same claim', 'm');
export const linkContradicts = linkClaims('link-contradicts', 'contradicts', 'Contradicts', 'd');
