// A 100-page PDF report, 100 small lines a page: long enough that the host reads it for about
// a second on a quiet machine, so an open of it shows the progress dialog.
import { makePdf, type PdfPage } from '../../electron/core/loaders/make-test-pdf';

export const REPORT_PAGES = 100;

export function longReport(): Buffer {
  const pages: PdfPage[] = Array.from({ length: REPORT_PAGES }, (_, p) => ({
    texts: [
      { x: 72, y: 760, size: 9, text: 'Llama 4 technical report' },
      ...Array.from({ length: 100 }, (_, line) => ({
        x: 72,
        y: 740 - line * 7,
        size: 6,
        text: `Page ${p + 1}, line ${line + 1}: Maverick achieves 73.5% on MMLU, ahead of the`,
      })),
      { x: 300, y: 40, size: 9, text: `${p + 1}` },
    ],
  }));
  return Buffer.from(makePdf(pages, { title: 'Llama 4 technical report' }));
}
