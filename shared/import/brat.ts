// Reads a brat standoff document (https://brat.nlplab.org/standoff.html): its .txt, its .ann
// and, if given, the annotation.conf that declares its labels. The inverse of
// shared/export/brat.ts: `Claim` spans become claims (status from the `Status` attribute,
// note from `AnnotatorNotes`), other spans mentions of an entity of their label's type; the
// `Factmark-<type>:<id>` normalisation names our entity, other normalisations are its links.
// Files of other tools load too: a span without our normalisation is a mention of the entity
// named by its text. `Evidence` spans become evidence passages, and relation lines whose label
// names one of our relation types (`Refutes`, `Same_claim` …) become relations inside the
// document; other relations, events and attributes are reported as warnings.
//
// Offsets count code points. A span written as fragments is read as the span from the first
// start to the last end when only line breaks lie between them (how brat writes a span across
// lines); other discontinuous spans are widened the same way, with a warning.
import { quoteSelector } from '../anchoring/quote-selector';
import { CLAIM_STATUSES, type Claim, type ClaimStatus, type Mention } from '../model/annotations';
import { newId } from '../model/ids';
import { CodePointIndex } from '../text/code-points';
import {
  BRAT_EVIDENCE_LABEL,
  relationTypeOfBratLabel,
  BRAT_ENTITY_DB_PREFIX,
  BRAT_LINE_BREAK,
  BRAT_NOTE_TYPE,
  BRAT_STATUS_ATTRIBUTE,
  BRAT_UNKNOWN_LABEL,
} from '../export/brat';
import { linkFromBratReference } from '../export/entity-links';
import { CLAIM_LABEL, mentionLabelType } from '../export/labels';
import { ImportError } from './errors';
import { EntityCollector, type EntityReference } from './entity-collector';
import { linkFields, THIS_DOCUMENT, type ImportedAnnotations, type ImportOptions } from './types';
import {
  relationShapeProblem,
  type EvidencePassage,
  type Relation,
  type RelationType,
} from '../model/relations';

/** The parts of an annotation.conf an import checks against. */
export interface BratConf {
  entityLabels: Set<string>;
  attributeValues: Map<string, string[]>;
}

/** Only line breaks: what may lie between the fragments brat writes for one span. */
const ONLY_LINE_BREAKS = new RegExp(`^(?:${BRAT_LINE_BREAK.source})*$`);

interface TextBound {
  id: string;
  label: string;
  start: number;
  end: number;
  status?: ClaimStatus;
  notes: string[];
  references: EntityReference[];
}

/** A relation line of ours: `R1\tRefutes Arg1:T1 Arg2:T3`. */
interface RelationLine {
  id: string;
  type: RelationType;
  arg1: string;
  arg2: string;
}

class LineProblem extends Error {}

export function parseBrat(
  txt: string,
  ann: string,
  conf?: string,
  { fileName = 'brat document', now = new Date().toISOString() }: ImportOptions = {},
): ImportedAnnotations {
  const text = new CodePointIndex(txt);
  const declared = conf === undefined ? undefined : parseBratConf(conf);
  const spans = new Map<string, TextBound>();
  const relationLines: RelationLine[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];

  ann.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    try {
      readLine(line, { text, spans, declared, warnings, relationLines });
    } catch (err) {
      if (!(err instanceof LineProblem)) throw err;
      problems.push(`line ${i + 1}: ${err.message}`);
    }
  });
  if (problems.length > 0) throw new ImportError(fileName, problems);

  const entities = new EntityCollector();
  const claims: Claim[] = [];
  const mentions: Mention[] = [];
  const evidence: EvidencePassage[] = [];
  /** Our id for each T id, for the relations. */
  const ids = new Map<string, string>();
  for (const span of spans.values()) {
    const placed = {
      start: span.start,
      end: span.end,
      ...quoteSelector(text, span.start, span.end),
    };
    if (span.label === BRAT_EVIDENCE_LABEL) {
      const id = newId('evi');
      ids.set(span.id, id);
      evidence.push({ id, ...placed, note: span.notes.join('\n'), createdAt: now });
      continue;
    }
    if (span.label === CLAIM_LABEL) {
      const id = newId('clm');
      ids.set(span.id, id);
      claims.push({
        id,
        ...placed,
        entities: [...new Set(span.references.map((r) => entities.resolve(r)))],
        status: span.status ?? 'unreviewed',
        note: span.notes.join('\n'),
        createdAt: now,
        updatedAt: now,
      });
      continue;
    }
    if (span.notes.length > 0) warnings.push(`${span.id}: a note on a mention is not kept`);
    const reference = mentionReference(span, placed.quote, warnings);
    const id = newId('men');
    ids.set(span.id, id);
    mentions.push({
      id,
      ...placed,
      entity: entities.resolve(reference),
      createdAt: now,
    });
  }
  const relations: Relation[] = [];
  for (const line of relationLines) {
    const relation: Relation = {
      id: newId('rel'),
      type: line.type,
      from: { document: THIS_DOCUMENT, annotation: ids.get(line.arg1)! },
      to: { document: THIS_DOCUMENT, annotation: ids.get(line.arg2)! },
      createdAt: now,
    };
    const problem = relationShapeProblem(relation);
    if (problem) problems.push(`${line.id}: ${problem.message}`);
    else relations.push(relation);
  }
  if (problems.length > 0) throw new ImportError(fileName, problems);
  return {
    entities: entities.entities(),
    documents: [
      {
        text: txt,
        claims,
        mentions,
        orphans: [],
        ...linkFields(evidence, relations),
      },
    ],
    warnings,
  };
}

/** The entity a mention names: our normalisation's, else the one its text and label name. */
function mentionReference(span: TextBound, quote: string, warnings: string[]): EntityReference {
  const type = span.label === BRAT_UNKNOWN_LABEL ? undefined : mentionLabelType(span.label);
  const [first, ...others] = span.references;
  if (others.length > 0) warnings.push(`${span.id}: a mention names one entity; the first is kept`);
  const reference = first ?? { links: {} };
  if (reference.id === undefined) reference.name ??= quote.replace(/\s+/g, ' ').trim();
  if (type !== undefined) reference.type ??= type;
  return reference;
}

interface LineContext {
  text: CodePointIndex;
  spans: Map<string, TextBound>;
  declared: BratConf | undefined;
  warnings: string[];
  relationLines: RelationLine[];
}

function readLine(line: string, context: LineContext): void {
  const tab = line.indexOf('\t');
  if (tab < 0) throw new LineProblem('no tab after the annotation id');
  const id = line.slice(0, tab);
  const rest = line.slice(tab + 1);
  const dataEnd = rest.indexOf('\t');
  const data = dataEnd < 0 ? rest : rest.slice(0, dataEnd);
  const tail = dataEnd < 0 ? '' : rest.slice(dataEnd + 1);
  if (!/^([A-Za-z]+|#[A-Za-z]*)[0-9]+/.test(id) && id !== '*') {
    throw new LineProblem(`"${id}" is not a brat annotation id`);
  }
  switch (id[0]) {
    case 'T':
      return readTextBound(id, data, tail, context);
    case 'A':
    case 'M':
      return readAttribute(id, data, context);
    case 'N':
      return readNormalisation(id, data, tail, context);
    case '#':
      return readNote(id, data, tail, context);
    case 'R':
      // one of ours is kept; another tool's is reported below
      if (readRelation(id, data, context)) return;
      break;
  }
  context.warnings.push(
    `${id}: ${id[0] === 'R' ? 'relations' : id[0] === 'E' ? 'events' : 'this annotation'} are not kept`,
  );
}

/** A relation of ours (true), or false for one of a label we do not know. */
function readRelation(id: string, data: string, { spans, relationLines }: LineContext): boolean {
  const m = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(data);
  const type = m && relationTypeOfBratLabel(m[1]!);
  if (!m || !type) return false;
  targetSpan(id, m[2]!, spans);
  targetSpan(id, m[3]!, spans);
  relationLines.push({ id, type, arg1: m[2]!, arg2: m[3]! });
  return true;
}

function readTextBound(id: string, data: string, tail: string, context: LineContext): void {
  const { text, spans, declared, warnings } = context;
  if (spans.has(id)) throw new LineProblem(`${id} is defined twice`);
  const space = data.indexOf(' ');
  const label = space < 0 ? '' : data.slice(0, space);
  if (!label) throw new LineProblem(`${id}: expected "${id}\\tLabel START END\\ttext"`);
  if (
    declared &&
    label !== CLAIM_LABEL &&
    label !== BRAT_EVIDENCE_LABEL &&
    !declared.entityLabels.has(label)
  ) {
    throw new LineProblem(`${id}: the label "${label}" is not declared in annotation.conf`);
  }
  const fragments = data
    .slice(space + 1)
    .split(';')
    .map((pair) => {
      const m = /^\s*(\d+) (\d+)\s*$/.exec(pair);
      if (!m) throw new LineProblem(`${id}: "${pair}" is not a "START END" offset pair`);
      const start = Number(m[1]);
      const end = Number(m[2]);
      if (end < start) throw new LineProblem(`${id}: end ${end} is before start ${start}`);
      if (end > text.length) {
        throw new LineProblem(
          `${id}: offset ${end} is past the end of the text (${text.length} code points)`,
        );
      }
      return { start, end };
    });
  const expected = fragments.map((f) => text.slice(f.start, f.end)).join(' ');
  // brat allows a comment after the text, separated by white space
  if (!tail.startsWith(expected) || /^\S/.test(tail.slice(expected.length))) {
    throw new LineProblem(
      `${id}: its text "${shorten(tail)}" is not the text at ${fragments.map((f) => `${f.start}–${f.end}`).join(';')} ("${shorten(expected)}")`,
    );
  }
  const start = fragments[0]!.start;
  const end = fragments[fragments.length - 1]!.end;
  if (end <= start) throw new LineProblem(`${id}: an empty span cannot be kept`);
  for (let k = 1; k < fragments.length; k++) {
    const gap = text.slice(fragments[k - 1]!.end, fragments[k]!.start);
    if (fragments[k]!.start < fragments[k - 1]!.end || !ONLY_LINE_BREAKS.test(gap)) {
      warnings.push(`${id}: a discontinuous span is kept as the whole of ${start}–${end}`);
      break;
    }
  }
  spans.set(id, { id, label, start, end, notes: [], references: [] });
}

function targetSpan(id: string, target: string, spans: Map<string, TextBound>): TextBound {
  const span = spans.get(target);
  if (!span)
    throw new LineProblem(`${id}: "${target}" is not a text-bound annotation defined above`);
  return span;
}

function readAttribute(id: string, data: string, { spans, declared, warnings }: LineContext): void {
  const [name, target, value] = data.split(' ');
  if (!name || !target) throw new LineProblem(`${id}: expected "${id}\\tName TARGET VALUE"`);
  const span = targetSpan(id, target, spans);
  if (name !== BRAT_STATUS_ATTRIBUTE || span.label !== CLAIM_LABEL) {
    warnings.push(`${id}: the attribute ${name} is not kept`);
    return;
  }
  const allowed = declared?.attributeValues.get(name);
  if (!CLAIM_STATUSES.includes(value as ClaimStatus) || (allowed && !allowed.includes(value!))) {
    throw new LineProblem(
      `${id}: "${value ?? ''}" is not a claim status (one of ${CLAIM_STATUSES.join(', ')})`,
    );
  }
  span.status = value as ClaimStatus;
}

function readNormalisation(id: string, data: string, tail: string, { spans }: LineContext): void {
  const m = /^(\S+) (\S+) (\S+?):(\S+)$/.exec(data);
  if (!m) throw new LineProblem(`${id}: expected "${id}\\tReference TARGET DB:ID\\tname"`);
  const [target, db, ref] = [m[2]!, m[3]!, m[4]!];
  const span = targetSpan(id, target, spans);
  const name = tail.trim() || undefined;
  if (db.startsWith(BRAT_ENTITY_DB_PREFIX)) {
    span.references.push({
      id: ref,
      name,
      type: db.slice(BRAT_ENTITY_DB_PREFIX.length),
      links: {},
    });
    return;
  }
  const [key, value] = linkFromBratReference(db, ref);
  const last = span.references[span.references.length - 1];
  if (last) {
    if (!Object.hasOwn(last.links, key)) last.links[key] = value;
  } else span.references.push({ name, links: { [key]: value } });
}

function readNote(id: string, data: string, tail: string, { spans, warnings }: LineContext): void {
  const [type, target] = data.split(' ');
  if (!type || !target)
    throw new LineProblem(`${id}: expected "${id}\\t${BRAT_NOTE_TYPE} TARGET\\tnote"`);
  if (type !== BRAT_NOTE_TYPE) {
    warnings.push(`${id}: the comment type ${type} is not kept`);
    return;
  }
  targetSpan(id, target, spans).notes.push(tail);
}

/** The labels and attribute values an annotation.conf declares. */
export function parseBratConf(conf: string): BratConf {
  const result: BratConf = { entityLabels: new Set(), attributeValues: new Map() };
  let section = '';
  for (const raw of conf.split(/\r?\n/)) {
    const line = raw.replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]\s*$/.exec(line);
    if (header) {
      section = header[1]!;
      continue;
    }
    const name = /^!?([^\s]+)/.exec(line)?.[1];
    if (!name) continue;
    if (section === 'entities') result.entityLabels.add(name);
    if (section === 'attributes') {
      const values = /Value:([^,\s]+)/.exec(line)?.[1];
      if (values) result.attributeValues.set(name, values.split('|'));
    }
  }
  return result;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
