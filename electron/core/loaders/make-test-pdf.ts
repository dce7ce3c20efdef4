// A tiny PDF writer for tests: pages of positioned text in the standard Helvetica fonts, so the
// PDF loader's tests build exactly the layouts they need (columns, headers, hyphenation) without
// binary fixtures. Not for shipping: no compression, no font embedding, Latin-1 text only.

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
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'); // prettier-ignore
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'); // prettier-ignore
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

/** WinAnsi codes of the typographic characters tests use (Latin-1 maps to itself). */
const WIN_ANSI: Record<string, number> = {
  '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96,
  '—': 0x97, '\u00ad': 0xad,
}; // prettier-ignore

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
