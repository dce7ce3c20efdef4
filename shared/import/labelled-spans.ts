// One document of labelled spans over a text, as doccano, spaCy and Label Studio write them:
// `Claim` spans become claims, `Evidence` spans evidence passages, any other label a mention of
// the entity its text and label name. Liberal in what is missing (no context, no ids), strict
// about contradictions: offsets outside the text and a quote that is not the text at its
// offsets are refused, naming the JSON path.
import { quoteSelector } from '../anchoring/quote-selector';
import type { Claim, Mention } from '../model/annotations';
import { newId } from '../model/ids';
import {
  relationShapeProblem,
  RELATION_TYPES,
  type EvidencePassage,
  type Relation,
  type RelationType,
} from '../model/relations';
import { CodePointIndex } from '../text/code-points';
import { CLAIM_LABEL } from '../export/labels';
import { problemAt, type FieldPath } from './errors';
import type { EntityCollector } from './entity-collector';
import { THIS_DOCUMENT, type ImportedDocument } from './types';

export interface LabelledSpan {
  /** Where the span is in the file, for messages. */
  path: FieldPath;
  start: unknown;
  end: unknown;
  label: string;
  /** What the file calls the offsets, for messages (default `start`, `end`; doccano: 0, 1). */
  fields?: { start: string | number; end: string | number };
  /** The file's copy of the span's text, when it keeps one: it must be the text there. */
  quote?: unknown;
  annotator?: string;
}

export interface SpanLabels {
  /** Labels read as evidence passages (`Evidence`). */
  evidence: string;
  /** The label of a mention whose entity had no type (`ENTITY`): a tag of no type. */
  untyped: string;
  /** The type a mention's label names, when the format writes some types apart. */
  mentionType?: (label: string) => string;
}

const lower = (label: string) => label.toLowerCase();

export class LabelledDocument {
  readonly problems: string[] = [];
  private readonly index: CodePointIndex;
  private readonly claims: Claim[] = [];
  private readonly mentions: Mention[] = [];
  private readonly evidence: EvidencePassage[] = [];
  private readonly relations: Relation[] = [];

  constructor(
    private readonly text: string,
    private readonly labels: SpanLabels,
    private readonly entities: EntityCollector,
    private readonly now: string,
    /** Put before every problem: `line 3: `, or nothing for a JSON file read whole. */
    private readonly where = '',
  ) {
    this.index = new CodePointIndex(text);
  }

  /** Adds a span; returns our id for it, or null (and a problem) when it contradicts the text. */
  add(span: LabelledSpan): string | null {
    const placed = this.place(span);
    if (!placed) return null;
    const who = span.annotator === undefined ? {} : { annotator: span.annotator };
    const label = lower(span.label);
    if (label === lower(CLAIM_LABEL)) {
      const id = newId('clm');
      this.claims.push({
        id,
        ...placed,
        ...who,
        entities: [],
        status: 'unreviewed',
        note: '',
        createdAt: this.now,
        updatedAt: this.now,
      });
      return id;
    }
    if (label === lower(this.labels.evidence)) {
      const id = newId('evi');
      this.evidence.push({ id, ...placed, ...who, note: '', createdAt: this.now });
      return id;
    }
    const id = newId('men');
    const entity = this.entities.resolve({
      name: placed.quote.replace(/\s+/g, ' ').trim(),
      ...(label === lower(this.labels.untyped)
        ? {}
        : { type: this.labels.mentionType?.(span.label) ?? span.label }),
      links: {},
    });
    this.mentions.push({ id, ...placed, ...who, entity, createdAt: this.now });
    return id;
  }

  /** Tags the claim `claimId` with the entity of the mention `mentionId` (doccano's `about`). */
  tagClaim(claimId: string, mentionId: string, path: FieldPath): void {
    const claim = this.claims.find((c) => c.id === claimId);
    const mention = this.mentions.find((m) => m.id === mentionId);
    if (!claim || !mention) {
      this.fail(path, 'an "about" relation goes from a claim to a mention');
      return;
    }
    if (!claim.entities.includes(mention.entity)) claim.entities.push(mention.entity);
  }

  /** A relation of one of our types between two spans of this document. */
  relate(type: string, from: string, to: string, path: FieldPath, annotator?: string): void {
    if (!(RELATION_TYPES as readonly string[]).includes(type)) {
      this.fail(path, `a relation's type is one of ${RELATION_TYPES.join(', ')}`);
      return;
    }
    const relation: Relation = {
      id: newId('rel'),
      type: type as RelationType,
      from: { document: THIS_DOCUMENT, annotation: from },
      to: { document: THIS_DOCUMENT, annotation: to },
      ...(annotator === undefined ? {} : { annotator }),
      createdAt: this.now,
    };
    const problem = relationShapeProblem(relation);
    if (problem) this.fail(path, problem.message);
    else this.relations.push(relation);
  }

  fail(path: FieldPath, reason: string): void {
    this.problems.push(`${this.where}${problemAt(path, reason)}`);
  }

  document(title?: string): ImportedDocument {
    return {
      text: this.text,
      ...(title ? { title } : {}),
      claims: this.claims,
      mentions: this.mentions,
      orphans: [],
      ...(this.evidence.length ? { evidence: this.evidence } : {}),
      ...(this.relations.length ? { relations: this.relations } : {}),
    };
  }

  private place(
    span: LabelledSpan,
  ): ({ start: number; end: number } & ReturnType<typeof quoteSelector>) | null {
    const { start, end, path } = span;
    const fields = span.fields ?? { start: 'start', end: 'end' };
    const offset = (value: unknown, field: string | number) => {
      if (Number.isInteger(value) && (value as number) >= 0) return value as number;
      this.fail([...path, field], 'must be a whole number, 0 or more');
      return null;
    };
    const s = offset(start, fields.start);
    const e = offset(end, fields.end);
    if (s === null || e === null) return null;
    let problem: string | undefined;
    if (e <= s) problem = 'must be greater than the start';
    else if (e > this.index.length) {
      problem = `is past the end of the text (${this.index.length} code points)`;
    }
    if (problem) {
      this.fail([...path, fields.end], problem);
      return null;
    }
    const selector = quoteSelector(this.index, s, e);
    if (span.quote !== undefined && span.quote !== selector.quote) {
      this.fail([...path, 'text'], `does not equal the text at ${s}–${e} ("${selector.quote}")`);
      return null;
    }
    return { start: s, end: e, ...selector };
  }
}
