// The one list of calls between the renderer and a host (Electron over IPC, the browser mode
// over loopback HTTP). Each call has a zod input and output; hosts parse inputs with them, the
// renderer's client parses outputs with them. Add a call here and every layer sees it.
import { z } from 'zod';
import { ArticleSchema, ArticleSummarySchema } from '../model/article';
import { EntityRegistrySchema } from '../model/entities';
import { AnnotatorNameSchema } from '../model/annotators';
import { ARTICLE_ID } from '../model/ids';
import { AnnotationFingerprintSchema, AnnotationPatchSchema } from '../model/annotation-patch';
import { EXPORT_FORMAT_IDS } from '../export/formats';
import { CorpusDocumentSchema, LibrarySearchHitSchema } from '../corpus/corpus-document';
import { RELATION_ID, RelationSchema } from '../model/relations';
import { RelationViewSchema } from '../model/relation-edits';

/** Upper bound on a file the app will read (bytes). */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

const ArticleId = z.string().regex(ARTICLE_ID, 'not an article id');
/** A source file's bytes in base64, which grows them by 4/3; the host checks the decoded size. */
const Base64Source = z.string().max(Math.ceil((MAX_SOURCE_BYTES * 4) / 3) + 4);
/**
 * Hosts on the local network the person agreed to open (asked once per host, after a
 * `local-network` refusal naming it); lower-case host names or addresses as in the URL.
 */
const AllowLocalHosts = z
  .array(
    z
      .string()
      .min(1)
      .max(253)
      .regex(/^[a-z0-9.:_-]+$/, 'not a host name'),
  )
  .max(200)
  .optional();
/** An open in progress, named by the renderer so it can poll and cancel it. */
const JobId = z.string().regex(/^job_[A-Za-z0-9_-]{1,64}$/, 'not a job id');

export const OpenProgressSchema = z.object({
  done: z.number().int().nonnegative(),
  /** 0 when the host does not know how much there is (the bar is indeterminate) */
  total: z.number().int().nonnegative(),
  /** `waiting`: not started (or already over); `pages`: reading a PDF page by page */
  stage: z.enum(['waiting', 'reading', 'pages', 'saving']),
});
export type OpenProgress = z.infer<typeof OpenProgressSchema>;

export const LibraryProblemSchema = z.object({
  file: z.string(),
  message: z.string(),
});
export type LibraryProblem = z.infer<typeof LibraryProblemSchema>;

export const ExportFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  /** text, or base64 for binary content (a zip of a folder format such as brat) */
  encoding: z.enum(['utf8', 'base64']).default('utf8'),
  content: z.string(),
  /** What the format could not carry and left out (links brat cannot hold…), one line each. */
  notices: z.array(z.string()).default([]),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

export const ImportReportSchema = z.object({
  articlesAdded: z.number().int(),
  articlesUpdated: z.number().int(),
  entitiesAdded: z.number().int(),
  claimsAdded: z.number().int(),
  mentionsAdded: z.number().int(),
  /** Links between annotations (evidence, same claim, contradicts) added. */
  relationsAdded: z.number().int(),
  conflicts: z.array(
    z.object({
      kind: z.enum(['article', 'entity', 'claim', 'mention', 'relation']),
      articleId: z.string().optional(),
      id: z.string(),
      message: z.string(),
    }),
  ),
  warnings: z.array(z.string()),
  /** Each file read and the format its content was recognised as (see import/recognise). */
  recognised: z.array(z.object({ fileName: z.string(), format: z.string() })).default([]),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

/** How a reload placed the annotations: counts by state, or that the text had not changed. */
export const ReloadCountsSchema = z.object({
  anchored: z.number().int().nonnegative(),
  drifted: z.number().int().nonnegative(),
  orphaned: z.number().int().nonnegative(),
  unchanged: z.boolean(),
});

export const contract = {
  /**
   * Articles in the library, most recently changed first, and files that could not be read.
   * With `limit`, only the newest `limit` (the first screen, answered without reading the whole
   * library) and `total`, how many articles there are in all; the whole list is a second call.
   */
  listLibrary: {
    input: z.object({ limit: z.number().int().positive().optional() }),
    output: z.object({
      articles: z.array(ArticleSummarySchema),
      problems: z.array(LibraryProblemSchema),
      total: z.number().int().nonnegative().optional(),
    }),
  },
  getArticle: { input: z.object({ id: ArticleId }), output: ArticleSchema },
  /** Reads a file the user chose (its bytes, base64) into a new library article. */
  openFile: {
    input: z.object({
      fileName: z.string().min(1).max(1024),
      dataBase64: Base64Source,
      /** lets the renderer follow the open with getOpenProgress and stop it with cancelOpen */
      jobId: JobId.optional(),
    }),
    output: ArticleSchema,
  },
  /** How far the open `jobId` has got; polled by the renderer for its progress bar. */
  getOpenProgress: { input: z.object({ jobId: JobId }), output: OpenProgressSchema },
  /** Stops the open `jobId`: it then fails with code `cancelled` and nothing is written. */
  cancelOpen: { input: z.object({ jobId: JobId }), output: z.object({}) },
  /**
   * Desktop only: opens a file by a path the host holds, never one the page names. `dialog`
   * shows the open dialog (null when cancelled); `requested` opens the next file the host was
   * asked to open (Open Recent, the command line, a second launch), null when there is none.
   */
  openDesktopFile: {
    input: z.object({ source: z.enum(['dialog', 'requested']), jobId: JobId.optional() }),
    output: z.object({ article: ArticleSchema.nullable() }),
  },
  /** Fetches a web page; a local-network address is refused (`local-network`) unless allowed. */
  openUrl: {
    input: z.object({ url: z.string().min(1).max(8192), allowLocalHosts: AllowLocalHosts }),
    output: ArticleSchema,
  },
  openText: {
    input: z.object({
      text: z.string().max(MAX_SOURCE_BYTES),
      title: z.string().max(1000).optional(),
    }),
    output: ArticleSchema,
  },
  /**
   * Saves an article's annotations (the text and metadata must match what is stored). With
   * `baseRevision` (the revision the edits started from), a save refuses with `conflict` when
   * the article was saved elsewhere since; the answer holds the new revision to base the next
   * save on.
   */
  saveArticle: {
    input: z.object({
      article: ArticleSchema,
      baseRevision: z.number().int().nonnegative().optional(),
    }),
    output: z.object({ savedAt: z.string(), revision: z.number().int() }),
  },
  /**
   * Saves only what changed in an article's annotations since `baseRevision` (autosave after an
   * edit: a few hundred bytes instead of the whole article). Refused with `conflict` when the
   * article was saved elsewhere since or its text is no longer `contentHash`; with
   * `invalid-input` when the result does not add up to `expected` (the patch was made from other
   * annotations than the stored ones), when a span is outside the text or its quote is off.
   * Nothing is written when refused.
   */
  saveAnnotations: {
    input: z.object({
      id: ArticleId,
      baseRevision: z.number().int().nonnegative(),
      /** The text the patch's offsets count into. */
      contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'not a content hash'),
      patch: AnnotationPatchSchema,
      /** What the annotations add up to once the patch is applied. */
      expected: AnnotationFingerprintSchema,
    }),
    output: z.object({ savedAt: z.string(), revision: z.number().int() }),
  },
  /**
   * Reads an article again from its source and re-anchors its annotations (placed ones get
   * `anchor`, unplaceable ones move to `orphans`); keeps the text it replaces. Without `from`, a
   * URL article is fetched again; a file or pasted one needs `from` (no path is kept). Writes
   * nothing when the text is the same (`unchanged`); `baseRevision` works as in saveArticle.
   */
  reloadArticle: {
    input: z.object({
      id: ArticleId,
      baseRevision: z.number().int().nonnegative().optional(),
      from: z
        .discriminatedUnion('kind', [
          z.object({
            kind: z.literal('file'),
            fileName: z.string().min(1).max(1024),
            dataBase64: Base64Source,
          }),
          z.object({ kind: z.literal('url'), url: z.string().min(1).max(8192) }),
        ])
        .optional(),
      allowLocalHosts: AllowLocalHosts,
    }),
    output: z.object({ article: ArticleSchema, counts: ReloadCountsSchema }),
  },
  deleteArticle: { input: z.object({ id: ArticleId }), output: z.object({}) },
  getEntities: { input: z.object({}), output: EntityRegistrySchema },
  /**
   * Saves the entity registry. Like saveArticle: with `baseRevision`, a save refuses with
   * `conflict` when the registry was saved elsewhere since; the answer holds the new revision.
   */
  saveEntities: {
    input: z.object({
      registry: EntityRegistrySchema,
      baseRevision: z.number().int().nonnegative().optional(),
    }),
    output: z.object({ savedAt: z.string(), revision: z.number().int() }),
  },
  /** Builds an export file in memory. */
  exportAnnotations: {
    input: z.object({
      format: z.enum(EXPORT_FORMAT_IDS),
      articleIds: z.array(ArticleId).min(1),
      /** Whose layers: `all` (the default, each annotation attributed), a name, `adjudicated`. */
      annotator: AnnotatorNameSchema.optional(),
    }),
    output: ExportFileSchema,
  },
  /**
   * Builds an export and asks the user where to save it (desktop only: the browser mode's
   * client downloads the result of exportAnnotations instead). `path` is null when cancelled.
   */
  saveExport: {
    input: z.object({
      format: z.enum(EXPORT_FORMAT_IDS),
      articleIds: z.array(ArticleId).min(1),
      annotator: AnnotatorNameSchema.optional(),
    }),
    /** `notices`: what the format left out, as in exportAnnotations. */
    output: z.object({ path: z.string().nullable(), notices: z.array(z.string()).default([]) }),
  },
  /**
   * Merges annotation files into the library (Factmark JSON, W3C Web Annotation JSON-LD, brat
   * .ann with its .txt and annotation.conf): all of them, or nothing when one is bad.
   */
  importAnnotations: {
    input: z.object({
      files: z
        .array(
          z.object({
            fileName: z.string().min(1).max(1024),
            dataBase64: Base64Source,
          }),
        )
        .min(1)
        .max(500),
    }),
    output: ImportReportSchema,
  },
  /**
   * Every article's claims and mentions, for the corpus view (and what deleting an entity
   * affects). The host reads each article file once and keeps it until the file changes.
   * With `unlessVersion` (a `version` from an earlier answer) and no file changed since, the
   * answer is `unchanged` with no documents, so a client that kept them need not parse them.
   */
  getCorpus: {
    input: z.object({ unlessVersion: z.string().max(200).optional() }),
    output: z.object({
      documents: z.array(CorpusDocumentSchema),
      problems: z.array(LibraryProblemSchema).default([]),
      /** Names this state of the library's files. */
      version: z.string().optional(),
      unchanged: z.boolean().optional(),
    }),
  },
  /** Finds text in every article's title and canonical text (case and accents aside). */
  searchLibrary: {
    input: z.object({
      query: z.string().max(1000),
      limit: z.number().int().min(1).max(1000).optional(),
    }),
    output: z.object({ hits: z.array(LibrarySearchHitSchema) }),
  },
  /**
   * Who is annotating: new annotations go to this annotator's layer (see docs/team.md). Null
   * until a name is chosen (the app then asks for one); `fixed` when the host was started with
   * `--annotator`.
   */
  getAnnotator: {
    input: z.object({}),
    output: z.object({ annotator: AnnotatorNameSchema.nullable(), fixed: z.boolean() }),
  },
  /** Changes who is annotating from now on; the host remembers it (the app's settings). */
  setAnnotator: {
    input: z.object({ annotator: AnnotatorNameSchema }),
    output: z.object({ annotator: AnnotatorNameSchema }),
  },
  /**
   * Everyone who annotates this library (a layer folder, or the first annotator), sorted: their
   * colours are given out in this order (renderer/editor/annotator-colours.ts).
   */
  listAnnotators: {
    input: z.object({}),
    output: z.object({ annotators: z.array(AnnotatorNameSchema) }),
  },
  /** The annotators with a layer of an article, and when each marked it done (Blind mode). */
  getLayers: {
    input: z.object({ id: ArticleId }),
    output: z.object({
      layers: z.array(z.object({ annotator: AnnotatorNameSchema, done: z.string().nullable() })),
    }),
  },
  /** Marks an article done (or not) for the current annotator. */
  setLayerDone: {
    input: z.object({ id: ArticleId, done: z.boolean() }),
    output: z.object({}),
  },
  /**
   * Links annotations (see docs/evidence.md): each relation is stored with its claim's article,
   * in the current annotator's layer. One that says what a stored one says is not added twice;
   * `added` lists those stored. Refused with `not-found` when a claim or an annotation end is not
   * in the library (save a new annotation before linking it). No revision changes: links are
   * added and removed by id, so an open copy of the article stays current.
   */
  linkAnnotations: {
    input: z.object({ relations: z.array(RelationSchema).min(1).max(1000) }),
    output: z.object({ added: z.array(RelationSchema) }),
  },
  /**
   * Removes links, each named with the article it is stored with (its claim's); `removed` lists
   * them as they were, so linking them again undoes it. One already gone is left out.
   */
  unlinkAnnotations: {
    input: z.object({
      links: z
        .array(
          z.object({ id: z.string().regex(RELATION_ID, 'not a relation id'), article: ArticleId }),
        )
        .min(1)
        .max(1000),
    }),
    output: z.object({ removed: z.array(RelationSchema) }),
  },
  /**
   * Every relation touching an article: those stored with it and those of other articles that
   * end in it, each end described (article title, kind, quote, placed/orphan/missing).
   */
  listRelations: {
    input: z.object({ article: ArticleId }),
    output: z.object({ relations: z.array(RelationViewSchema) }),
  },
  /**
   * Waits for articles changed in the library folder by others (another host, a sync tool, the
   * command line; never this host's own saves) after `after`, a cursor from an earlier answer
   * (none: from now). Answers as soon as there are some, or with none after about 25 s; the page
   * asks again with the new cursor. `all`: changes may have been missed (refresh what is open);
   * `live: false`: the host does not watch the folder (refresh when the window is back).
   */
  waitForLibraryChanges: {
    input: z.object({ after: z.string().max(100).optional() }),
    output: z.object({
      cursor: z.string(),
      articles: z.array(z.string()),
      all: z.boolean(),
      live: z.boolean(),
    }),
  },
  /** Opens an http(s) or mailto link in the system browser, after the user clicked it. */
  openExternal: {
    input: z.object({ url: z.string().regex(/^(https?:\/\/|mailto:)/i) }),
    output: z.object({}),
  },
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const CALL_NAMES = Object.keys(contract) as CallName[];

export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;

/** The renderer's view of a host: one async method per call. */
export type FactmarkApi = { [K in CallName]: (input: CallInput<K>) => Promise<CallOutput<K>> };

/** A host's implementation: one handler per call, given already-validated input. */
export type Handlers = { [K in CallName]: (input: ParsedInput<K>) => Promise<CallOutput<K>> };

/** Commands the host's native menu sends to the renderer. */
export { MENU_COMMANDS, type MenuCommand } from './menu-commands';
