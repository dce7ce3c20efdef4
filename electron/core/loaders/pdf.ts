// Reads a PDF as an article with pdfjs-dist (legacy build, for Node): the text of each page in
// reading order, rebuilt into paragraphs and headings that know their page. A PDF without a
// text layer (a scan), with a password or damaged gets a message that says so.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy, TextItem } from 'pdfjs-dist/types/src/display/api';
import { ContractError } from '../../../shared/contract/result';
import type { ExtractedArticle } from '../../../shared/model/article';
import { makeBlock, type Block } from '../../../shared/model/blocks';
import { assembleArticle, cleanText, sameTitle, type LoadContext } from './extracted';
import { restoreNativeBuiltins } from './native-builtins';
import { englishWordList } from './pdf-hyphenation';
import { isMostlyRtl, pageLines, type PlacedText } from './pdf-layout';
import { softHyphenContexts, withSoftHyphens, type ShownGlyph } from './pdf-soft-hyphens';
import { buildParagraphs, type PdfPageLines, type PdfParagraph } from './pdf-paragraphs';

export interface PdfLoadOptions {
  /** Stops reading between pages; the load then fails with code `cancelled`. */
  signal?: AbortSignal;
  /** Called after each page is read, for a progress indicator. */
  onProgress?: (pagesRead: number, pageCount: number) => void;
}

type PdfJs = typeof PdfJsModule;

/** Loaded on the first PDF: it is large, and most sessions never open one. */
let pdfjs: Promise<PdfJs> | undefined;

/** Reads the bytes of a PDF as an article. */
export async function loadPdf(
  bytes: Uint8Array,
  context: LoadContext,
  options: PdfLoadOptions = {},
): Promise<ExtractedArticle> {
  try {
    return await readPdf(bytes, context, options);
  } finally {
    // pdfjs-dist and its in-process worker swap in slow polyfills of JSON and push on loading.
    restoreNativeBuiltins();
  }
}

async function readPdf(
  bytes: Uint8Array,
  context: LoadContext,
  options: PdfLoadOptions,
): Promise<ExtractedArticle> {
  const name = context.displayName;
  const { getDocument } = await (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
  const task = getDocument({
    data: new Uint8Array(bytes), // a copy: pdfjs takes over the buffer it is given
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl: standardFontDataPath(),
    verbosity: 0, // errors only: a PDF's quirks are not the user's concern
    // Images are never shown, and the operator list read for soft hyphens would decode each one.
    maxImageSize: 0,
  });
  let document: PDFDocumentProxy;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw openingError(name, error);
  }
  try {
    const pages = await readPages(document, name, options);
    const paragraphs = buildParagraphs(
      pages.map((p) => p.lines),
      englishWordList,
    );
    if (paragraphs.length === 0) {
      throw new ContractError(
        'bad-source',
        `${name}: no text layer — this looks like a scanned document`,
      );
    }
    const { info, lang } = await documentInfo(document);
    const { title, body } = takeTitle(paragraphs, info.title);
    return assembleArticle(context, {
      title,
      body: toBlocks(body),
      mediaType: 'pdf',
      byline: info.author,
      lang,
      dir: pages.filter((p) => p.rtl).length * 2 > pages.length ? 'rtl' : null,
    });
  } catch (error) {
    if (error instanceof ContractError) throw error;
    throw new ContractError('bad-source', `${name}: the PDF could not be read (${message(error)})`);
  } finally {
    await document.destroy();
  }
}

interface ReadPage {
  lines: PdfPageLines;
  rtl: boolean;
}

async function readPages(
  document: PDFDocumentProxy,
  name: string,
  options: PdfLoadOptions,
): Promise<ReadPage[]> {
  const pages: ReadPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    if (options.signal?.aborted) {
      throw new ContractError('cancelled', `${name}: opening was cancelled`);
    }
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const items = withSoftHyphens(content.items.filter(isTextItem), await softHyphens(page));
    const pieces = items.flatMap(placed);
    pages.push({
      lines: { lines: pageLines(pieces, number), height: page.view[3]! - page.view[1]! },
      rtl: isMostlyRtl(pieces),
    });
    page.cleanup();
    options.onProgress?.(number, document.numPages);
    // pdfjs's in-process worker runs on promise callbacks alone, which would starve timers and
    // I/O until the last page: yield once a page so a host can answer progress polls and a
    // cancel while a long PDF is read.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return pages;
}

/**
 * What the soft hyphens of a page end, from its operator list (the text layer drops them). A
 * page whose operator list fails still reads, without them.
 */
async function softHyphens(page: PDFPageProxy): Promise<string[]> {
  const { OPS, AnnotationMode } = await pdfjs!;
  const ops = await page
    .getOperatorList({ annotationMode: AnnotationMode.DISABLE })
    .catch(() => ({ fnArray: [], argsArray: [] }));
  return softHyphenContexts(
    ops.fnArray.flatMap((fn, i) =>
      fn === OPS.showText ? [(ops.argsArray[i] as [ShownGlyph[]])[0]] : [],
    ),
  );
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item;
}

/** Ligature glyphs and the letters they stand for. */
const LIGATURES: Record<string, string> = {
  'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st',
}; // prettier-ignore

/** A text item as placed text; rotated text (a margin note, a watermark) is left out. */
function placed(item: TextItem): PlacedText[] {
  const [a, b, c, d, x, y] = item.transform as number[];
  if (!item.str || Math.abs(b!) > 0.01 * Math.abs(a!) || Math.abs(c!) > 0.01 * Math.abs(d!)) {
    return [];
  }
  return [
    {
      // pdfjs spells most ligatures out already; a font that maps them its own way may not.
      text: item.str.replace(/[\ufb00-\ufb06]/g, (glyph) => LIGATURES[glyph] ?? glyph),
      x: x!,
      y: y!,
      width: item.width,
      size: Math.abs(d!),
      rtl: item.dir === 'rtl',
    },
  ];
}

/** The paragraphs as blocks; larger headings rank higher. */
function toBlocks(paragraphs: readonly PdfParagraph[]): Block[] {
  const headingSizes = [
    ...new Set(paragraphs.filter((p) => p.kind === 'heading').map((p) => p.size)),
  ].sort((a, b) => b - a);
  const blocks: Array<Block | null> = paragraphs.map((p) => {
    const runs = [{ text: p.text }];
    if (p.kind === 'heading') {
      const level = Math.min(6, 2 + headingSizes.indexOf(p.size));
      return makeBlock('heading', runs, { level, page: p.page });
    }
    if (p.kind === 'tableCell' && p.cell) {
      return makeBlock('tableCell', runs, { ...p.cell, page: p.page });
    }
    return makeBlock('paragraph', runs, { page: p.page });
  });
  return blocks.filter((b): b is Block => b !== null);
}

/**
 * The title: the document's own (metadata) when it is a real one, else the largest heading of
 * the first page. The heading that shows it leaves the body, as the title block carries it.
 */
export function takeTitle(
  paragraphs: readonly PdfParagraph[],
  metadataTitle: string | undefined,
): { title: string | undefined; body: PdfParagraph[] } {
  const firstPageHeadings = paragraphs.filter((p) => p.page === 1 && p.kind === 'heading');
  let shown: PdfParagraph | undefined;
  if (metadataTitle) {
    shown = firstPageHeadings.find((p) => sameTitle(p.text, metadataTitle));
  } else {
    shown = firstPageHeadings.reduce<PdfParagraph | undefined>(
      (best, p) => (!best || p.size > best.size ? p : best),
      undefined,
    );
  }
  return {
    title: metadataTitle ?? shown?.text,
    body: shown ? paragraphs.filter((p) => p !== shown) : [...paragraphs],
  };
}

/** Titles that tools write in place of a real one. */
const PLACEHOLDER_TITLE =
  /^(untitled|document\d*|title|slide \d+|presentation\d*|\S+\.(docx?|pdf|tex|indd|odt|rtf|pptx?|dvi|ps))$/i;

/** The document's title when it is a real one: not a file name or a tool's placeholder. */
export function usableTitle(raw: string | undefined): string | undefined {
  const title = cleanText(raw?.replace(/^microsoft (word|powerpoint) - /i, ''));
  if (!title || title.length < 3 || PLACEHOLDER_TITLE.test(title) || !/\p{L}/u.test(title)) {
    return undefined;
  }
  return title;
}

async function documentInfo(
  document: PDFDocumentProxy,
): Promise<{ info: { title?: string; author?: string }; lang: string | undefined }> {
  const { info, metadata } = await document.getMetadata().catch(() => ({
    info: {},
    metadata: null,
  }));
  const fields = info as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    info: {
      title: usableTitle(text(fields.Title)) ?? usableTitle(text(metadata?.get('dc:title'))),
      author: cleanText(text(fields.Author)),
    },
    lang: cleanText(text(fields.Language)),
  };
}

/** What pdfjs's refusal to open a file means for the person who chose it. */
function openingError(name: string, error: unknown): ContractError {
  const kind = (error as { name?: string } | null)?.name;
  if (kind === 'PasswordException') {
    return new ContractError(
      'bad-source',
      `${name}: the PDF is protected by a password; save an unprotected copy and open that`,
    );
  }
  if (kind === 'InvalidPDFException') {
    return new ContractError(
      'bad-source',
      `${name}: the PDF is damaged or not a PDF (${message(error)})`,
    );
  }
  return new ContractError(
    'bad-source',
    `${name}: the PDF could not be opened (${message(error)})`,
  );
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The folder of pdfjs's standard fonts, which it reads from disk in Node. Resolved from this
 * module, so it is found from the sources, the bundled hosts and the packaged app alike.
 */
function standardFontDataPath(): string {
  const packageJson = createRequire(__filename).resolve('pdfjs-dist/package.json');
  return join(dirname(packageJson), 'standard_fonts') + '/';
}
