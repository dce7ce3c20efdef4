// The one list of calls between the renderer and a host (Electron over IPC, the browser mode
// over loopback HTTP). Each call has a zod input and output; hosts parse inputs with them, the
// renderer's client parses outputs with them. Add a call here and every layer sees it.
import { z } from 'zod';
import { ArticleSchema, ArticleSummarySchema } from '../model/article';
import { EntityRegistrySchema } from '../model/entities';
import { EXPORT_FORMAT_IDS } from '../export/formats';

/** Upper bound on a file the app will read (bytes). */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

const ArticleId = z.string().regex(/^art_[A-Za-z0-9_-]+$/, 'not an article id');

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
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

export const ImportReportSchema = z.object({
  articlesAdded: z.number().int(),
  articlesUpdated: z.number().int(),
  entitiesAdded: z.number().int(),
  claimsAdded: z.number().int(),
  mentionsAdded: z.number().int(),
  conflicts: z.array(
    z.object({
      kind: z.enum(['article', 'entity', 'claim', 'mention']),
      articleId: z.string().optional(),
      id: z.string(),
      message: z.string(),
    }),
  ),
  warnings: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const contract = {
  /** Articles in the library, most recently changed first, and files that could not be read. */
  listLibrary: {
    input: z.object({}),
    output: z.object({
      articles: z.array(ArticleSummarySchema),
      problems: z.array(LibraryProblemSchema),
    }),
  },
  getArticle: { input: z.object({ id: ArticleId }), output: ArticleSchema },
  /** Reads a file the user chose (its bytes, base64) into a new library article. */
  openFile: {
    input: z.object({
      fileName: z.string().min(1).max(1024),
      // base64 grows bytes by 4/3; the host checks the decoded size and names the file
      dataBase64: z.string().max(Math.ceil((MAX_SOURCE_BYTES * 4) / 3) + 4),
    }),
    output: ArticleSchema,
  },
  openUrl: { input: z.object({ url: z.string().min(1).max(8192) }), output: ArticleSchema },
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
    // `revision` is optional only so that hosts and fakes written before revisions still type.
    output: z.object({ savedAt: z.string(), revision: z.number().int().optional() }),
  },
  deleteArticle: { input: z.object({ id: ArticleId }), output: z.object({}) },
  getEntities: { input: z.object({}), output: EntityRegistrySchema },
  saveEntities: {
    input: z.object({ registry: EntityRegistrySchema }),
    output: z.object({ savedAt: z.string() }),
  },
  /** Builds an export file in memory. */
  exportAnnotations: {
    input: z.object({ format: z.enum(EXPORT_FORMAT_IDS), articleIds: z.array(ArticleId).min(1) }),
    output: ExportFileSchema,
  },
  /**
   * Builds an export and asks the user where to save it (desktop only: the browser mode's
   * client downloads the result of exportAnnotations instead). `path` is null when cancelled.
   */
  saveExport: {
    input: z.object({ format: z.enum(EXPORT_FORMAT_IDS), articleIds: z.array(ArticleId).min(1) }),
    output: z.object({ path: z.string().nullable() }),
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
            dataBase64: z.string().max(Math.ceil((MAX_SOURCE_BYTES * 4) / 3) + 4),
          }),
        )
        .min(1)
        .max(500),
    }),
    output: ImportReportSchema,
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
export const MENU_COMMANDS = [
  'open-file',
  'open-url',
  'paste-text',
  'export',
  'toggle-theme',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
