// Decides how to read a file (as a PDF, a web page, Markdown or plain text) from its name and
// first bytes, refuses what cannot be read with the reason, and decodes text files' bytes.
import { ContractError } from '../../../shared/contract/result';

export type TextKind = 'html' | 'markdown' | 'text';
/** How a source is read: as text of some kind, or as a PDF (bytes, not text). */
export type SourceKind = TextKind | 'pdf';

const EXTENSIONS: Record<string, TextKind> = {
  html: 'html', htm: 'html', xhtml: 'html', xht: 'html', shtml: 'html',
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown', mkdn: 'markdown',
  txt: 'text', text: 'text',
}; // prettier-ignore

/** The file name extensions Factmark reads (for an open dialog's filter). */
export const READABLE_EXTENSIONS: readonly string[] = [...Object.keys(EXTENSIONS), 'pdf'];

const OFFICE_REASON =
  'documents of word processors are not supported; save it as a web page or text';

/** File types that are certainly not text, and what to do instead. */
const REFUSED_EXTENSIONS: Record<string, string> = {
  doc: OFFICE_REASON, docx: OFFICE_REASON, odt: OFFICE_REASON, rtf: OFFICE_REASON,
  pages: OFFICE_REASON, xls: 'spreadsheets are not supported', xlsx: 'spreadsheets are not supported',
  ods: 'spreadsheets are not supported', ppt: 'presentations are not supported',
  pptx: 'presentations are not supported', key: 'presentations are not supported',
  epub: 'e-books are not supported yet', mobi: 'e-books are not supported yet',
  mhtml: 'web archives are not supported; save the page as "Web Page, HTML only"',
  mht: 'web archives are not supported; save the page as "Web Page, HTML only"',
  webarchive: 'web archives are not supported; save the page as "Web Page, HTML only"',
  zip: 'archives are not supported', gz: 'archives are not supported',
  png: 'it is an image, which has no text to annotate', jpg: 'it is an image, which has no text to annotate',
  jpeg: 'it is an image, which has no text to annotate', gif: 'it is an image, which has no text to annotate',
  webp: 'it is an image, which has no text to annotate', svg: 'it is an image, which has no text to annotate',
  heic: 'it is an image, which has no text to annotate', tif: 'it is an image, which has no text to annotate',
  tiff: 'it is an image, which has no text to annotate', bmp: 'it is an image, which has no text to annotate',
  mp3: 'audio is not supported', wav: 'audio is not supported', mp4: 'video is not supported',
  mov: 'video is not supported', exe: 'it is a program, not a document', dmg: 'it is a disk image, not a document',
}; // prettier-ignore

/** Signatures of binary formats, checked whatever the file is called. */
const SIGNATURES: Array<{ bytes: number[]; reason: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], reason: 'it is a ZIP archive or an office document, not text' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], reason: 'it is an image, which has no text to annotate' }, // PNG
  { bytes: [0xff, 0xd8, 0xff], reason: 'it is an image, which has no text to annotate' }, // JPEG
  { bytes: [0x47, 0x49, 0x46, 0x38], reason: 'it is an image, which has no text to annotate' }, // GIF8
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], reason: OFFICE_REASON }, // OLE: .doc, .xls
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], reason: OFFICE_REASON }, // {\rtf
]; // prettier-ignore

/** Share of control characters above which decoded "text" is taken for binary data. */
const MAX_CONTROL_RATIO = 0.02;

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The start of every PDF; readers accept it anywhere in the first kilobyte, after junk. */
const PDF_SIGNATURE = '%PDF-';

/**
 * How to read `bytes`, judged by the file's extension and content. Throws `bad-source` naming
 * the file for formats that are neither text nor PDF.
 */
export function detectKind(fileName: string, bytes: Uint8Array): SourceKind {
  const extension = extensionOf(fileName);
  if (extension === 'pdf' || latin1(bytes.subarray(0, 1024)).includes(PDF_SIGNATURE)) {
    return 'pdf';
  }
  const refusal =
    REFUSED_EXTENSIONS[extension] ?? SIGNATURES.find((s) => startsWith(bytes, s.bytes))?.reason;
  if (refusal) throw new ContractError('bad-source', `${fileName}: ${refusal}`);
  return EXTENSIONS[extension] ?? sniffKind(bytes);
}

/** A file without a known extension: a web page if it begins like one, else plain text. */
function sniffKind(bytes: Uint8Array): TextKind {
  const head = latin1(bytes.subarray(0, 1024))
    .replace(/^\ufeff|^\xef\xbb\xbf/, '')
    .trimStart();
  return /^<(!doctype\s+html|html|head|body|!--)/i.test(head) ? 'html' : 'text';
}

/**
 * Decodes a file to text: a byte-order mark wins, then a charset the caller knows (an HTTP
 * header) or one the page declares, then UTF-8, and Windows-1252 for old files that are not
 * valid UTF-8. Throws `bad-source` for binary content.
 */
export function decodeText(
  fileName: string,
  bytes: Uint8Array,
  kind: TextKind,
  declaredCharset?: string,
): string {
  const bom = byteOrderMark(bytes);
  if (!bom && bytes.subarray(0, 8192).includes(0)) {
    throw new ContractError('bad-source', `${fileName}: it holds binary data, not text`);
  }
  const label =
    bom ??
    usableCharset(declaredCharset) ??
    (kind === 'html' ? usableCharset(metaCharset(bytes)) : undefined);
  let text: string;
  if (label === 'windows-1252') {
    text = decodeWindows1252(bytes);
  } else if (label) {
    text = new TextDecoder(label).decode(bytes); // strips a BOM of its own encoding
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = decodeWindows1252(bytes);
    }
  }
  if (controlRatio(text) > MAX_CONTROL_RATIO) {
    throw new ContractError('bad-source', `${fileName}: it holds binary data, not text`);
  }
  return text;
}

/** What Windows-1252 has at 0x80–0x9F, where Latin-1 has control characters (WHATWG index). */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20's TextDecoder reads windows-1252 as Latin-1 since 20.18.3, turning curly quotes into
 * control characters (nodejs/node#56542, #60888); this decodes it as browsers do.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return latin1(bytes).replace(
    /[\u0080-\u009f]/g,
    (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!,
  );
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return undefined;
}

/** The charset a page declares in its first kilobytes, as a browser's prescan finds it. */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

/** A label TextDecoder knows, or undefined. UTF-16 declared in a page is read as UTF-8, as browsers do. */
function usableCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return undefined;
  }
}

function controlRatio(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return 0;
  // Tabs, line feeds, form feeds and carriage returns are text; other controls are not, nor
  // is the replacement character a decoder leaves for bytes it could not read.
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c <= 0x08 || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) {
      controls++;
    }
  }
  return controls / sample.length;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
