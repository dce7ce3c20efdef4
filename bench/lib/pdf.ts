// A plain PDF of N pages of text (Helvetica, one content stream per page), built by hand so the
// benchmark needs no PDF writer. Seeded like the other generated documents.
import { seededRandom } from './generate';

const LINE_WORDS = 'model company benchmark accuracy release weights data claimed reported'.split(
  ' ',
);

export function benchPdf(pages: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  const objects: string[] = [];
  const pageIds: number[] = [];
  // 1: catalog, 2: pages, 3: font; then per page: page object and its content stream
  for (let p = 0; p < pages; p++) {
    const lines: string[] = [];
    for (let l = 0; l < 45; l++) {
      const words = Array.from(
        { length: 10 },
        () => LINE_WORDS[Math.floor(random() * LINE_WORDS.length)],
      );
      lines.push(`(${words.join(' ')}) Tj T*`);
    }
    const stream = `BT /F1 11 Tf 14 TL 50 790 Td (Page ${p + 1}) Tj T* ${lines.join(' ')} ET`;
    const pageId = 4 + p * 2;
    pageIds.push(pageId);
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  }
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) {
    out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  }
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
