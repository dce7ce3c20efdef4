// What `Tag entity` acts on: the active claim, a claim whose exact text is selected, or else a
// new mention at the selected text (docs/ARCHITECTURE.md, "Stable accessible names").
import type { Article } from '../../shared/model/article';
import type { Span } from './types';

export type TagTarget =
  { kind: 'claim'; claimId: string } | { kind: 'mention'; start: number; end: number };

export function resolveTagTarget(
  article: Article,
  selection: Span | null,
  activeClaimId: string | null,
): TagTarget | null {
  if (selection) {
    const selected = article.claims.filter(
      (c) => c.start === selection.start && c.end === selection.end,
    );
    const claim = selected.find((c) => c.id === activeClaimId) ?? selected[0];
    if (claim) return { kind: 'claim', claimId: claim.id };
    return { kind: 'mention', start: selection.start, end: selection.end };
  }
  if (activeClaimId && article.claims.some((c) => c.id === activeClaimId)) {
    return { kind: 'claim', claimId: activeClaimId };
  }
  return null;
}
