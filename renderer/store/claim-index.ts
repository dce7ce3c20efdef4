// Claims of the open article by id, built once per claims array (articles are immutable, so a
// new array is a new version): rows and details look up their own claim on every store
// update without scanning thousands of claims each time.
import type { Claim } from '../../shared/model/annotations';
import type { FactmarkState } from './types';

const indexes = new WeakMap<readonly Claim[], ReadonlyMap<string, Claim>>();

/** Claim id → claim, for this version of an article's claims. */
export function claimsById(claims: readonly Claim[]): ReadonlyMap<string, Claim> {
  let index = indexes.get(claims);
  if (!index) {
    index = new Map(claims.map((claim) => [claim.id, claim]));
    indexes.set(claims, index);
  }
  return index;
}

/** The open article's claim with this id, if it has one (a selector for one row or panel). */
export function openClaim(state: FactmarkState, claimId: string | null): Claim | undefined {
  const claims = state.article?.claims;
  return claims && claimId !== null ? claimsById(claims).get(claimId) : undefined;
}
