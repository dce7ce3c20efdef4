// Hovering a highlight in the article shows what it stands for: a claim's entities, a
// mention's entity, a suggestion's name — each with its type. The reading view reports the
// text offset under the pointer (highlight-hover.ts); what covers it comes from the store.
import { useEffect, useState } from 'react';
import { byReadingOrder, claimEntityIds } from '../../shared/model/annotations';
import { resolveEntityReferences } from '../../shared/model/registry-ops';
import type { FactmarkState } from '../store/types';
import { useFactmarkStore } from '../store/hooks';
import { truncate } from './format';
import { linksOfAnnotation } from '../store/claim-links';
import { HIGHLIGHT_HOVER_EVENT, type HighlightHover } from './highlight-hover';

export interface TooltipLine {
  kind: 'claim' | 'mention' | 'suggestion' | 'evidence';
  text: string;
}

const covers = (offset: number) => (span: { start: number; end: number }) =>
  span.start <= offset && offset < span.end;

/** What the tooltip says about those highlights, from the store. */
export function describeHighlights(state: FactmarkState, offset: number): TooltipLine[] {
  const article = state.article;
  if (!article) return [];
  // As the article is painted: references through merges, deleted entities' mentions left out.
  const { claims, mentions } = resolveEntityReferences(state.registry, article);
  const entities = new Map(state.registry.entities.map((e) => [e.id, e]));
  const typeLabel = (id: string) => state.registry.types.find((t) => t.id === id)?.label ?? id;
  const entityText = (id: string) => {
    const entity = entities.get(id);
    return entity ? `${entity.name} (${typeLabel(entity.type)})` : 'Unknown entity';
  };
  const lines: TooltipLine[] = [];
  const at = covers(offset);
  for (const mention of mentions.filter(at).sort(byReadingOrder)) {
    lines.push({ kind: 'mention', text: `Mention of ${entityText(mention.entity)}` });
  }
  // Innermost claim first.
  for (const claim of claims.filter(at).sort(byReadingOrder).reverse()) {
    const about = claimEntityIds(claim, mentions).map(entityText);
    lines.push({
      kind: 'claim',
      text: `Claim “${truncate(claim.quote, 50)}”: ${about.length ? about.join(', ') : 'no entities yet'}`,
    });
  }
  const views = state.relationViews?.articleId === article.id ? state.relationViews.views : [];
  for (const passage of (article.evidence ?? []).filter(at)) {
    const links = linksOfAnnotation(views, { document: article.id, annotation: passage.id });
    const about = links.map((l) =>
      'url' in l.far ? l.label : `${l.label} “${truncate(l.far.quote, 40)}”`,
    );
    lines.push({
      kind: 'evidence',
      text: `Evidence passage${about.length ? `: ${about.join('; ')}` : ', not linked'} (click for its claims)`,
    });
  }
  const suggested = state.suggestionsShown ? (state.suggestions?.ordered ?? []) : [];
  for (const s of suggested.filter(at)) {
    lines.push({
      kind: 'suggestion',
      text:
        s.kind === 'mention'
          ? `Suggested: ${s.name} (${typeLabel(s.type)})${s.entity ? '' : ', new'}`
          : `Suggested claim (${s.reasons.join(', ')})`,
    });
  }
  return lines;
}

export function HighlightTooltip() {
  const store = useFactmarkStore();
  const [shown, setShown] = useState<{ lines: TooltipLine[]; x: number; y: number } | null>(null);

  useEffect(() => {
    const onHover = (event: Event) => {
      const hover = (event as CustomEvent<HighlightHover | null>).detail;
      const lines = hover ? describeHighlights(store.getState(), hover.offset) : [];
      setShown(hover && lines.length ? { lines, x: hover.x, y: hover.lineBottom + 6 } : null);
    };
    const hide = () => setShown(null);
    document.addEventListener(HIGHLIGHT_HOVER_EVENT, onHover);
    document.addEventListener('scroll', hide, true);
    document.addEventListener('keydown', hide);
    return () => {
      document.removeEventListener(HIGHLIGHT_HOVER_EVENT, onHover);
      document.removeEventListener('scroll', hide, true);
      document.removeEventListener('keydown', hide);
    };
  }, [store]);

  if (!shown) return null;
  // Kept inside the window: flipped left of the pointer near the right edge.
  const left = Math.min(shown.x, window.innerWidth - 340);
  return (
    <div
      className="fm-highlight-tooltip"
      role="tooltip"
      style={{ left: Math.max(8, left), top: shown.y }}
    >
      {shown.lines.map((line, i) => (
        <div key={i} className={`fm-tooltip-line fm-tooltip-${line.kind}`}>
          {line.text}
        </div>
      ))}
    </div>
  );
}
