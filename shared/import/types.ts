// What every importer returns: annotations in the shape of our model, ready for planMerge.
import type { Claim, Mention, Orphan } from '../model/annotations';
import type { Article } from '../model/article';
import type { Entity } from '../model/entities';

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
