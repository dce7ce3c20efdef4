// A tiny PDF writer for tests: pages of positioned text in the standard Helvetica fonts, so the
// PDF loader's tests build exactly the layouts they need (columns, headers, hyphenation) without
// binary fixtures. Not for shipping: no compression, no font embedding, Latin-1 text and the few
// glyphs named in `EXTRA_GLYPHS` (ligatures, the Unicode hyphen, the soft hyphen) only.

/** One text-showing operation: a string (Tj) or strings and kerning adjustments (TJ). */
export interface PdfText {
  /** Baseline start in points from the page's bottom-left corner. */
  x: number;
  y: number;
  size: number;
  text: string | Array<string | number>;
  bold?: boolean;
}

export interface PdfPage {
  texts: PdfText[];
  /** Drawn as a filled rectangle: a page of an image and no text, as a scanner makes. */
  image?: boolean;
}

export interface PdfOptions {
  title?: string;
  author?: string;
  /** Adds an encryption dictionary whose password is not empty, as a protected PDF has. */
  encrypted?: boolean;
  width?: number;
  height?: number;
}

export const PAGE_WIDTH = 612;
export const PAGE_HEIGHT = 792;

/** Builds the bytes of a PDF with the given pages. */
export function makePdf(pages: readonly PdfPage[], options: PdfOptions = {}): Uint8Array {
  const width = options.width ?? PAGE_WIDTH;
  const height = options.height ?? PAGE_HEIGHT;
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);

  const catalog = add('');
  const pagesRoot = add('');
  const encoding = add(`<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 ${EXTRA_GLYPHS.map(([, name]) => `/${name}`).join(' ')}] >>`); // prettier-ignore
  const cmap = toUnicodeCMap();
  const toUnicode = add(`<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`);
  const font = (name: string) =>
    `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding ${encoding} 0 R /ToUnicode ${toUnicode} 0 R >>`;
  const regular = add(font('Helvetica'));
  const bold = add(font('Helvetica-Bold'));
  const info = add(infoDictionary(options));
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /P -4 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`)
    : undefined;

  const pageIds = pages.map((page) => {
    const content = pageContent(page);
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    return add(
      `<< /Type /Page /Parent ${pagesRoot} 0 R /MediaBox [0 0 ${width} ${height}] ` +
        `/Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${stream} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesRoot} 0 R >>`;
  objects[pagesRoot - 1] =
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;

  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = objects.map((body, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  const encryption = encrypt
    ? ` /Encrypt ${encrypt} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`
    : '';
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R${encryption} >>\n`;
  pdf += `startxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(pdf, (c) => WIN_ANSI[c] ?? c.charCodeAt(0));
}

/**
 * Characters WinAnsi lacks, drawn with the glyph of that name through codes 1, 2, …: the
 * ligatures a typesetter uses, the Unicode hyphen (U+2010) and a soft hyphen (U+00AD).
 */
const EXTRA_GLYPHS: ReadonlyArray<readonly [string, string]> = [
  ['ﬁ', 'fi'], ['ﬂ', 'fl'], ['ﬀ', 'ff'], ['ﬃ', 'ffi'], ['ﬄ', 'ffl'], ['\u2010', 'hyphentwo'],
  ['\u00ad', 'sfthyphen'],
]; // prettier-ignore

/** WinAnsi codes of the typographic characters tests use (Latin-1 maps to itself). */
const WIN_ANSI: Record<string, number> = {
  '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96,
  '—': 0x97,
  ...Object.fromEntries(EXTRA_GLYPHS.map(([char], index) => [char, index + 1])),
}; // prettier-ignore

/**
 * A ToUnicode map for the extra glyphs, as a typesetter writes one: without it a reader guesses
 * their text from the glyph names (and takes a soft hyphen for a hyphen).
 */
function toUnicodeCMap(): string {
  const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');
  const chars = EXTRA_GLYPHS.map(
    ([char], index) => `<${hex(index + 1, 2)}> <${hex(char.codePointAt(0)!, 4)}>`,
  );
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CMapName /Extra def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    `${chars.length} beginbfchar ${chars.join(' ')} endbfchar`,
    '1 beginbfrange <20> <7E> <0020> endbfrange',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

function pageContent(page: PdfPage): string {
  const parts: string[] = [];
  if (page.image) parts.push('0.5 g 72 72 468 648 re f');
  for (const t of page.texts) {
    const shown = Array.isArray(t.text)
      ? `[${t.text.map((p) => (typeof p === 'number' ? String(p) : pdfString(p))).join(' ')}] TJ`
      : `${pdfString(t.text)} Tj`;
    parts.push(`BT /${t.bold ? 'F2' : 'F1'} ${t.size} Tf 1 0 0 1 ${t.x} ${t.y} Tm ${shown} ET`);
  }
  return parts.join('\n');
}

function infoDictionary(options: PdfOptions): string {
  const entries = ['/Producer (make-test-pdf)'];
  if (options.title !== undefined) entries.push(`/Title ${pdfTextString(options.title)}`);
  if (options.author !== undefined) entries.push(`/Author ${pdfTextString(options.author)}`);
  return `<< ${entries.join(' ')} >>`;
}

/** A literal string in WinAnsi (Latin-1 here) with the delimiters escaped. */
function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** A document-information string: Latin-1 as is, anything else as UTF-16BE with a BOM. */
function pdfTextString(text: string): string {
  if (/^[\x20-\xff]*$/.test(text)) return pdfString(text);
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex}>`;
}
