// What every importer returns: annotations in the shape of our model, ready for planMerge.
import type { Claim, Mention, Orphan } from '../model/annotations';
import type { Article } from '../model/article';
import type { Entity } from '../model/entities';
import type { AnnotationRef, EvidencePassage, Relation } from '../model/relations';

/**
 * The document id of a relation end inside a document read from a file that does not know the
 * article it belongs to (W3C, brat, Label Studio); `bindRelations` replaces it with the
 * library article's id once that is known.
 */
export const THIS_DOCUMENT = 'art_this-document';

/** The relations of a document with `THIS_DOCUMENT` replaced by the article's id. */
export function bindRelations(relations: readonly Relation[], articleId: string): Relation[] {
  const bind = <T extends AnnotationRef>(ref: T): T =>
    ref.document === THIS_DOCUMENT ? { ...ref, document: articleId } : ref;
  return relations.map((r) => ({
    ...r,
    from: bind(r.from),
    to: 'url' in r.to ? r.to : bind(r.to),
  }));
}

/** One document's annotations, with the canonical text their offsets count in. */
export interface ImportedDocument {
  text: string;
  /** what the file calls the document (title or address), for messages and new articles */
  title?: string;
  /** the document's address, when the file names one */
  url?: string;
  claims: Claim[];
  mentions: Mention[];
  orphans: Orphan[];
  /** Passages kept as evidence, when the format carries them. */
  evidence?: EvidencePassage[];
  /** Links inside the document (ends in `THIS_DOCUMENT`) or to web addresses. */
  relations?: Relation[];
}

/** A document's evidence passages and relations as its optional fields: none where it has none. */
export function linkFields(
  evidence: EvidencePassage[],
  relations: Relation[],
): Pick<ImportedDocument, 'evidence' | 'relations'> {
  return { ...(evidence.length ? { evidence } : {}), ...(relations.length ? { relations } : {}) };
}

export interface ImportedAnnotations {
  /**
   * The entities the annotations refer to. A reference may also name an entity the file only
   * knows by id (it is then looked up in the library by planMerge).
   */
  entities: Entity[];
  documents: ImportedDocument[];
  /** Whole articles, when the file holds them (a Factmark export): same order as documents. */
  articles?: Article[];
  /** What was read but cannot be kept (another tool's relations, discontinuous spans…). */
  warnings: string[];
}

export interface ImportOptions {
  /** named in every message (default: the format's name) */
  fileName?: string;
  /** timestamp for annotations the file gives none (default: now) */
  now?: string;
}

/** Entity type given to tags from other tools that do not say one. */
export const DEFAULT_IMPORTED_TYPE = 'tag';
