// The part of loading that reads untrusted content: decoding a source's bytes and running the
// loader its kind calls for. It runs inside the loader worker (see worker-runner.ts), never on a
// host's main thread, so a page that takes long to read cannot stop IPC, autosave or Cancel.
import { refuseAnnotationFile } from '../../../shared/import/annotation-file-refusal';
import type { ExtractedArticle } from '../../../shared/model/article';
import { decodeText, type SourceKind } from './detect';
import type { LoadContext } from './extracted';
import { loadDecoded } from './load-decoded';
import { loadPdf } from './pdf';

/** What the worker is asked to read: plain data, so it crosses to the worker as a copy. */
export interface ExtractRequest {
  kind: SourceKind;
  /** The source's bytes with the charset its server declared, or text already decoded. */
  content: { bytes: Uint8Array; charset?: string } | { text: string };
  context: LoadContext & { url?: string };
}

/** Reads the request's content as an article; `onProgress` hears of each PDF page read. */
export async function extractSource(
  { kind, content, context }: ExtractRequest,
  onProgress?: (pagesRead: number, pageCount: number) => void,
): Promise<ExtractedArticle> {
  if ('text' in content) {
    if (kind === 'pdf') throw new Error('A PDF is read from its bytes, not from text');
    return loadDecoded(kind, content.text, context);
  }
  if (kind === 'pdf') return loadPdf(content.bytes, context, onProgress ? { onProgress } : {});
  const text = decodeText(context.displayName, content.bytes, kind, content.charset);
  // An export (saved with or without its extension, or renamed .txt or .md) would read as an
  // article whose text is the JSON: it is refused with its format, which the app offers to
  // import instead. Only HTML is left out: its markup is never taken for an export.
  if (kind !== 'html') refuseAnnotationFile(text, context.displayName);
  return loadDecoded(kind, text, context);
}

/**
 * Loads every reader (linkedom, Readability, markdown-it, pdfjs): the worker does it as it starts, so
 * a source's time budget is spent on reading it, not on loading the code that reads it.
 */
export async function loadReaders(): Promise<void> {
  await Promise.all([
    import('./html'),
    import('./markdown'),
    import('pdfjs-dist/legacy/build/pdf.mjs'),
  ]);
}
