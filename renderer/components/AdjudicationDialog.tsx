// Dialog `Adjudication`: the open article's marks side by side, per annotator. What everyone
// marked alike is adopted in one step; each disagreement is decided by taking one annotator's
// version (then editing its status and note) or leaving it out. Every decision is an edit of
// the article's `adjudicated` layer: one undo step, saved like any other.
import { useMemo } from 'react';
import type { ClaimStatus } from '../../shared/model/annotations';
import type { Article } from '../../shared/model/article';
import { ADJUDICATED } from '../../shared/model/annotators';
import { entityResolver } from '../../shared/model/registry-ops';
import {
  adoptAgreed,
  adoptVersion,
  leaveOut,
  planAdjudication,
  reviseAdjudicated,
  type AdjudicationGroup,
  type ClaimGroup,
  type MentionGroup,
} from '../../shared/team/adjudication';
import { UNNAMED_ANNOTATOR } from '../../shared/team/layers';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { CloseActions, ModalDialog } from './ModalDialog';
import { STATUS_LABELS, StatusOptions } from './StatusOptions';

/** Applies a decision to the open article; edits with one `coalesceKey` make one undo step. */
type Decide = (change: (article: Article, now: string) => Article, coalesceKey?: string) => void;
type EntityName = (id: string) => string;

export function AdjudicationDialog() {
  const store = useFactmarkStore();
  const article = useFactmark((s) => s.article);
  const registry = useFactmark((s) => s.registry);
  const plan = useMemo(
    () =>
      article
        ? planAdjudication(article, {
            fallbackAnnotator: UNNAMED_ANNOTATOR,
            resolve: entityResolver(registry),
          })
        : null,
    [article, registry],
  );
  const entityName = useMemo(() => {
    const byId = new Map(registry.entities.map((e) => [e.id, e]));
    const labels = new Map(registry.types.map((t) => [t.id, t.label]));
    return (id: string) => {
      const entity = byId.get(id);
      return entity ? `${entity.name} (${labels.get(entity.type) ?? entity.type})` : id;
    };
  }, [registry]);
  const close = () => store.getState().closeDialog();
  const decide: Decide = (change, coalesceKey) => {
    const current = store.getState().article;
    if (current) {
      store
        .getState()
        .commitArticleEdit(change(current, new Date().toISOString()), {}, coalesceKey);
    }
  };

  if (!article || !plan) return null;
  const pendingAgreed = plan.agreed.filter((g) => !g.adjudicated).length;
  const decided = plan.disagreements.filter((g) => g.adjudicated).length;
  return (
    <ModalDialog label="Adjudication" onCancel={close} className="fm-dialog-wide fm-adjudication">
      <p className="fm-dialog-lead">
        {article.title} · {plan.annotators.length} annotator
        {plan.annotators.length === 1 ? '' : 's'}
        {plan.annotators.length > 0 && `: ${plan.annotators.join(', ')}`}. The result is the{' '}
        <strong>{ADJUDICATED}</strong> layer, which exports on its own.
      </p>
      <div className="fm-adjudication-summary" role="status">
        <span>
          {plan.agreed.length} agreed ({plan.agreed.length - pendingAgreed} adopted) ·{' '}
          {plan.disagreements.length} disagreement{plan.disagreements.length === 1 ? '' : 's'} (
          {decided} decided)
        </span>
        <button
          type="button"
          className="fm-button fm-button-primary"
          disabled={pendingAgreed === 0}
          onClick={() => decide((a, now) => adoptAgreed(a, plan, now))}
        >
          Adopt agreed ({pendingAgreed})
        </button>
      </div>
      <div className="fm-adjudication-list">
        {plan.disagreements.length === 0 && (
          <p className="fm-agreement-empty">No disagreements in this article.</p>
        )}
        {plan.disagreements.map((group) =>
          group.kind === 'claim' ? (
            <ClaimDisagreement
              key={group.key}
              group={group}
              annotators={plan.annotators}
              entityName={entityName}
              decide={decide}
            />
          ) : (
            <MentionDisagreement
              key={group.key}
              group={group}
              annotators={plan.annotators}
              entityName={entityName}
              decide={decide}
            />
          ),
        )}
      </div>
      <CloseActions onClose={close} />
    </ModalDialog>
  );
}

interface GroupProps<G extends AdjudicationGroup> {
  group: G;
  annotators: readonly string[];
  entityName: EntityName;
  decide: Decide;
}

function ClaimDisagreement({ group, annotators, entityName, decide }: GroupProps<ClaimGroup>) {
  const decidedClaim = group.adjudicated?.claim;
  return (
    <section className="fm-adjudication-item" aria-label={`Claim “${shorten(group.quote)}”`}>
      <blockquote className="fm-adjudication-quote">
        <span className="fm-adjudication-kind">Claim</span> {group.quote}
        <span className="fm-adjudication-span">
          {group.start}–{group.end}
        </span>
      </blockquote>
      <table className="fm-adjudication-table">
        <thead>
          <tr>
            <th scope="col">Annotator</th>
            <th scope="col">Status</th>
            <th scope="col">Entities</th>
            <th scope="col">Note</th>
            <th scope="col">
              <span className="fm-visually-hidden">Decision</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {annotators.map((name) => {
            const version = group.versions.find((v) => v.annotator === name);
            if (!version) {
              return (
                <tr key={name} className="fm-adjudication-absent">
                  <th scope="row">{name}</th>
                  <td colSpan={4}>did not mark this span</td>
                </tr>
              );
            }
            return (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{STATUS_LABELS[version.claim.status]}</td>
                <td>{version.entities.map(entityName).join(', ') || '—'}</td>
                <td className="fm-adjudication-note">{version.claim.note || '—'}</td>
                <td>
                  <button
                    type="button"
                    className="fm-button"
                    onClick={() => decide((a, now) => adoptVersion(a, group, name, now))}
                  >
                    Use {name}’s
                  </button>
                </td>
              </tr>
            );
          })}
          <tr className="fm-adjudication-result">
            <th scope="row">{ADJUDICATED}</th>
            {decidedClaim ? (
              <>
                <td>
                  <select
                    aria-label={`Adjudicated status of “${shorten(group.quote)}”`}
                    value={decidedClaim.status}
                    onChange={(e) =>
                      decide((a, now) =>
                        reviseAdjudicated(a, group, { status: e.target.value as ClaimStatus }, now),
                      )
                    }
                  >
                    <StatusOptions />
                  </select>
                </td>
                <td>{group.adjudicated!.entities.map(entityName).join(', ') || '—'}</td>
                <td>
                  <textarea
                    aria-label={`Adjudicated note on “${shorten(group.quote)}”`}
                    rows={2}
                    value={decidedClaim.note}
                    onChange={(e) =>
                      decide(
                        (a, now) => reviseAdjudicated(a, group, { note: e.target.value }, now),
                        `adjudicated-note:${group.key}`,
                      )
                    }
                  />
                </td>
                <td>
                  <LeaveOutButton group={group} decide={decide} />
                </td>
              </>
            ) : (
              <td colSpan={4} className="fm-adjudication-pending">
                not decided yet: use one annotator’s version (a span left undecided stays out)
              </td>
            )}
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function MentionDisagreement({ group, annotators, entityName, decide }: GroupProps<MentionGroup>) {
  return (
    <section className="fm-adjudication-item" aria-label={`Mention “${shorten(group.quote)}”`}>
      <blockquote className="fm-adjudication-quote">
        <span className="fm-adjudication-kind">Mention</span> {group.quote} →{' '}
        {entityName(group.entity)}
        <span className="fm-adjudication-span">
          {group.start}–{group.end}
        </span>
      </blockquote>
      <table className="fm-adjudication-table">
        <tbody>
          {annotators.map((name) => (
            <tr
              key={name}
              className={
                group.versions.some((v) => v.annotator === name) ? '' : 'fm-adjudication-absent'
              }
            >
              <th scope="row">{name}</th>
              <td>
                {group.versions.some((v) => v.annotator === name) ? 'marked it' : 'did not mark it'}
              </td>
            </tr>
          ))}
          <tr className="fm-adjudication-result">
            <th scope="row">{ADJUDICATED}</th>
            <td>
              {group.adjudicated ? (
                <>
                  kept <LeaveOutButton group={group} decide={decide} />
                </>
              ) : (
                <button
                  type="button"
                  className="fm-button"
                  onClick={() =>
                    decide((a, now) => adoptVersion(a, group, group.versions[0]!.annotator, now))
                  }
                >
                  Keep
                </button>
              )}
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/** Takes the span out of the adjudicated layer. */
function LeaveOutButton({ group, decide }: { group: AdjudicationGroup; decide: Decide }) {
  return (
    <button
      type="button"
      className="fm-button"
      onClick={() => decide((a, now) => leaveOut(a, group, now))}
    >
      Leave out
    </button>
  );
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
