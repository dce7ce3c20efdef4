// Region `Claim details`: the active claim's evidence links and its structured form (subject,
// metric, value, unit, qualifier). The form is prefilled with what can be read from the quote,
// but that reading is saved only when the user accepts it or edits a field; each field can be
// pointed at the mention or words of the claim it came from (FieldOrigin).
import { useId, useMemo, useState, type FormEvent, type MouseEvent } from 'react';
import {
  EvidenceSchema,
  type Claim,
  type Evidence,
  type StructuredClaim,
} from '../../shared/model/annotations';
import type { Entity } from '../../shared/model/entities';
import { readStructuredClaim } from '../../shared/suggest/structured-claim';
import { compactStructured } from '../store/annotation-edits';
import { openClaim } from '../store/claim-index';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { useFactmarkAfterPaint } from './after-paint';
import { DetailsPanel } from './DetailsPanel';
import { isRoleType } from '../../shared/model/relations';
import { LinkActions, LinkItem, useAnnotationLinks } from './AnnotationLinks';
import { FieldOrigin } from './FieldOrigin';

const TEXT_FIELDS = [
  ['metric', 'Metric', 'MMLU, HumanEval…'],
  ['value', 'Value', '73.5'],
  ['unit', 'Unit', '%, B, $…'],
  ['qualifier', 'Qualifier', '5-shot, pass@1…'],
] as const;

function EvidenceList({ claim }: { claim: Claim }) {
  const store = useFactmarkStore();
  const evidence = claim.evidence ?? [];
  const urlId = useId();
  const labelId = useId();
  const errorId = useId();
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // A role says where a structured field came from: it is shown by its field, not as evidence.
  const links = useAnnotationLinks(claim.id).filter((l) => !isRoleType(l.relation.type));

  const open = (event: MouseEvent, link: Evidence) => {
    // Links leave the app through the host, to the system browser, never in this window.
    event.preventDefault();
    void store.getState().openLinkOutside(link.url);
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    const candidate = { url: url.trim(), label: label.trim() };
    const checked = EvidenceSchema.safeParse(candidate);
    if (!checked.success) {
      setProblem(`“${candidate.url || '(empty)'}” is not a link: enter an http or https URL.`);
      return;
    }
    if (evidence.some((e) => e.url === candidate.url)) {
      setProblem('This link is already in the evidence.');
      return;
    }
    store.getState().setClaimEvidence(claim.id, [...evidence, checked.data]);
    setUrl('');
    setLabel('');
    setProblem(null);
  };
  const remove = (index: number) =>
    store.getState().setClaimEvidence(
      claim.id,
      evidence.filter((_, i) => i !== index),
    );

  return (
    <div className="fm-details-group">
      <h3 className="fm-details-heading">Evidence</h3>
      {evidence.length === 0 && links.length === 0 ? (
        <p className="fm-empty fm-details-empty">No links yet.</p>
      ) : (
        <ul aria-label="Evidence" className="fm-evidence-list">
          {links.map((link) => (
            <LinkItem key={link.relation.id} link={link} />
          ))}
          {evidence.map((link, i) => (
            <li key={`${link.url}-${i}`} className="fm-evidence-item">
              <a
                href={link.url}
                target="_blank"
                rel="noopener noreferrer"
                title={link.url}
                onClick={(e) => open(e, link)}
              >
                {link.label || link.url}
              </a>
              {link.label && <span className="fm-evidence-host">{hostOf(link.url)}</span>}
              <button
                type="button"
                className="fm-chip-remove"
                aria-label={`Remove evidence ${link.label || link.url}`}
                title="Remove"
                onClick={() => remove(i)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <LinkActions claimId={claim.id} />
      <form className="fm-evidence-add" onSubmit={add} noValidate>
        <div className="fm-field">
          <label htmlFor={urlId}>Evidence URL</label>
          <input
            id={urlId}
            type="url"
            inputMode="url"
            placeholder="https://…"
            value={url}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            onChange={(e) => setUrl(e.target.value)}
          />
        </div>
        <div className="fm-field">
          <label htmlFor={labelId}>Evidence label</label>
          <input
            id={labelId}
            type="text"
            placeholder="Model card…"
            value={label}
            onChange={(e) => setLabel(e.target.value)}
          />
        </div>
        <button type="submit" className="fm-button">
          Add evidence
        </button>
        {problem && (
          <p id={errorId} role="alert" className="fm-field-error">
            {problem}
          </p>
        )}
      </form>
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The structured fields read from the quote, for a claim that has none saved yet. */
function useReadFields(claim: Claim): StructuredClaim | undefined {
  // Reading the quote takes milliseconds (a new registry's names are compiled first): after an
  // edit it is redone in the background, after the frame showing the edit.
  const mentions = useFactmarkAfterPaint((s) => s.article?.mentions);
  const registry = useFactmarkAfterPaint((s) => s.registry);
  return useMemo(() => {
    if (claim.structured || !mentions) return undefined;
    const inside = mentions
      .filter((m) => m.start >= claim.start && m.end <= claim.end)
      .map((m) => ({ start: m.start - claim.start, end: m.end - claim.start, entity: m.entity }));
    try {
      return compactStructured(readStructuredClaim(claim.quote, { mentions: inside, registry }));
    } catch {
      return undefined; // a reading that fails only means no prefill
    }
  }, [claim.structured, claim.quote, claim.start, claim.end, mentions, registry]);
}

function StructuredForm({ claim }: { claim: Claim }) {
  const store = useFactmarkStore();
  const entities = useFactmark((s) => s.registry.entities);
  const types = useFactmark((s) => s.registry.types);
  const read = useReadFields(claim);
  const subjectId = useId();
  const fieldIds = useId();
  const saved = claim.structured;
  const shown: StructuredClaim = saved ?? read ?? {};
  const unsavedReading = !saved && read !== undefined;

  const save = (patch: Partial<StructuredClaim>) =>
    store
      .getState()
      .setClaimStructured(claim.id, { ...shown, ...patch }, Object.keys(patch).join(','));
  const groups = useMemo(
    () =>
      types
        .map((t) => ({
          type: t,
          entities: entities
            .filter((e) => e.type === t.id)
            .sort((a, b) => a.name.localeCompare(b.name)),
        }))
        .filter((g) => g.entities.length > 0),
    [entities, types],
  );
  const subjectKnown = !shown.subject || entities.some((e: Entity) => e.id === shown.subject);

  return (
    <fieldset className="fm-details-group fm-structured">
      <legend className="fm-details-heading">Structured claim</legend>
      {unsavedReading && (
        <p className="fm-structured-hint">
          Read from the text, not saved yet.{' '}
          <button type="button" className="fm-button fm-button-small" onClick={() => save({})}>
            Accept fields
          </button>
        </p>
      )}
      <div className="fm-field">
        <label htmlFor={subjectId}>Subject</label>
        <select
          id={subjectId}
          value={shown.subject ?? ''}
          onChange={(e) => save({ subject: e.target.value })}
        >
          <option value="">— none —</option>
          {!subjectKnown && <option value={shown.subject}>(an entity no longer listed)</option>}
          {groups.map((g) => (
            <optgroup key={g.type.id} label={g.type.label}>
              {g.entities.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldOrigin claim={claim} field="subject" label="Subject" shown={shown} />
      </div>
      <div className="fm-structured-fields">
        {TEXT_FIELDS.map(([key, label, placeholder]) => (
          <div key={key} className={`fm-field fm-structured-${key}`}>
            <label htmlFor={`${fieldIds}-${key}`}>{label}</label>
            <input
              id={`${fieldIds}-${key}`}
              type="text"
              value={shown[key] ?? ''}
              placeholder={placeholder}
              className={unsavedReading && shown[key] ? 'fm-prefilled' : undefined}
              onChange={(e) => save({ [key]: e.target.value })}
            />
            <FieldOrigin claim={claim} field={key} label={label} shown={shown} />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function ClaimDetails() {
  // A newly active claim's form (and the reading of its fields) is built after the frame that
  // shows the claim is painted; the claim itself is read live, so typing shows at once.
  const activeClaimId = useFactmarkAfterPaint((s) => s.activeClaimId);
  const claim = useFactmark((s) => openClaim(s, activeClaimId));
  if (!claim) return null;
  return (
    <DetailsPanel name="Claim details" className="fm-claim-details" quote={claim.quote}>
      {/* Keyed by claim: the add-link form starts empty for each claim. */}
      <EvidenceList key={`evidence-${claim.id}`} claim={claim} />
      <StructuredForm key={`structured-${claim.id}`} claim={claim} />
    </DetailsPanel>
  );
}
