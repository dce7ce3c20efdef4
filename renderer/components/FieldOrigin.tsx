// Where a structured field of a claim came from: a `role:<field>` link from the claim to a
// mention or evidence passage inside it. Under each field of `Claim details`: the quote the
// field points at (pressing it shows it in the text) with `×` to forget it, and `Point at…`,
// which lists the claim's mentions and passages and the text selected inside the claim.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Claim, StructuredClaim } from '../../shared/model/annotations';
import { placedAnnotation } from '../../shared/model/relation-edits';
import type { RoleField } from '../../shared/model/relations';
import type { Span } from '../../shared/text/span';
import type { FieldSource } from '../store/relations-slice';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { useAnnotationLinks } from './AnnotationLinks';
import { useCommandContext } from './command-context';
import { useEntityLookup } from './entity-lookup';
import { truncate } from './format';

interface Choice {
  key: string;
  text: string;
  source: FieldSource;
}

/** The mentions and passages inside the claim, as choices to point a field at. */
function useInsideClaim(claim: Claim): Choice[] {
  const mentions = useFactmark((s) => s.article?.mentions);
  const evidence = useFactmark((s) => s.article?.evidence);
  const lookup = useEntityLookup();
  return useMemo(() => {
    const inside = (s: Span) => s.start >= claim.start && s.end <= claim.end;
    return [
      ...(mentions ?? []).filter(inside).map((m) => {
        const entity = lookup.entity(lookup.resolve(m.entity) ?? m.entity);
        return {
          key: m.id,
          text: `“${truncate(m.quote, 40)}”${entity ? ` (${entity.name})` : ''}`,
          source: { annotation: m.id },
        };
      }),
      ...(evidence ?? []).filter(inside).map((e) => ({
        key: e.id,
        text: `“${truncate(e.quote, 40)}” (passage)`,
        source: { annotation: e.id },
      })),
    ];
  }, [claim.start, claim.end, mentions, evidence, lookup]);
}

export function FieldOrigin({
  claim,
  field,
  label,
  shown,
}: {
  claim: Claim;
  field: RoleField;
  label: string;
  /** The fields as the form shows them. */
  shown: StructuredClaim;
}) {
  const store = useFactmarkStore();
  const { surface } = useCommandContext();
  const links = useAnnotationLinks(claim.id);
  const role = links.find(
    (l) => l.relation.type === `role:${field}` && l.relation.from.annotation === claim.id,
  );
  const choices = useInsideClaim(claim);
  /** While choosing: the text selected inside the claim when `Point at…` was pressed. */
  const [choosing, setChoosing] = useState<{ selected: Choice | null } | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (choosing) list.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [choosing]);

  const open = () => {
    const span = surface.current?.readSelection() ?? null;
    const text = store.getState().reading?.text;
    const inside = span && text && span.start >= claim.start && span.end <= claim.end;
    setChoosing({
      selected: inside
        ? {
            key: 'selection',
            text: `The selected text: “${truncate(text.slice(span.start, span.end), 40)}”`,
            source: { span },
          }
        : null,
    });
  };
  const close = () => {
    setChoosing(null);
    trigger.current?.focus();
  };
  const point = (source: FieldSource) => {
    close();
    void store.getState().pointField(claim.id, field, source, shown);
  };
  const show = () => {
    if (!role || 'url' in role.far) return;
    const id = role.far.annotation;
    const article = store.getState().article;
    const span = article && placedAnnotation(article, id);
    if (!span) return;
    if (id.startsWith('evi_')) store.getState().setActiveEvidence(id);
    surface.current?.reveal(span, id);
  };

  const far = role && !('url' in role.far) ? role.far : null;
  const state =
    far && far.state !== 'placed' ? (far.state === 'orphan' ? ' (not placed)' : ' (removed)') : '';
  // The visible words start each button's name, so speech input finds it by what it shows.
  const from = far ? `from “${truncate(far.quote, 40) || far.annotation}”${state}` : '';
  return (
    <div className="fm-field-origin">
      {far && (
        <span className="fm-field-origin-source">
          <button
            type="button"
            className="fm-link-button"
            aria-label={`${label} comes ${from}: show it in the text`}
            disabled={far.state !== 'placed'}
            onClick={show}
          >
            {from}
          </button>
          <button
            type="button"
            className="fm-chip-remove"
            aria-label={`Forget where ${label} comes from`}
            title="Forget where it comes from"
            onClick={() => store.getState().removeLink(role!.relation)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </span>
      )}
      <button
        ref={trigger}
        type="button"
        className="fm-link-button fm-field-origin-point"
        aria-expanded={choosing !== null}
        aria-label={`Point at… (${label}: a mention or the selected text)`}
        onClick={() => (choosing ? close() : open())}
      >
        Point at…
      </button>
      {choosing && (
        <div
          ref={list}
          className="fm-field-origin-choices"
          role="group"
          aria-label={`Point ${label} at`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          {[...choices, ...(choosing.selected ? [choosing.selected] : [])].map((choice) => (
            <button
              key={choice.key}
              type="button"
              className="fm-button fm-button-small"
              onClick={() => point(choice.source)}
            >
              {choice.text}
            </button>
          ))}
          {!choosing.selected && (
            <span className="fm-field-origin-hint">
              {choices.length === 0 ? 'No mentions in this claim. ' : ''}Select words inside the
              claim, then press Point at… to use them.
            </span>
          )}
          <button type="button" className="fm-button fm-button-small" onClick={close}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
