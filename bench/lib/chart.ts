// A small SVG line chart of first paint against document size: one line per annotation count,
// words on a log scale, with the 400 ms target drawn across.
import type { MatrixPoint } from './browser-benchmarks';

const W = 560;
const H = 320;
const PAD = { left: 56, right: 130, top: 24, bottom: 44 };
const COLOURS = ['#2563eb', '#16a34a', '#d97706', '#dc2626'];

export function firstPaintChart(points: readonly MatrixPoint[], target: number): string {
  const words = [...new Set(points.map((p) => p.words))].sort((a, b) => a - b);
  const counts = [...new Set(points.map((p) => p.annotations))].sort((a, b) => a - b);
  const maxY = Math.max(target * 1.2, ...points.map((p) => p.max));
  const x = (w: number) =>
    PAD.left +
    ((Math.log10(w) - Math.log10(words[0]!)) /
      (Math.log10(words[words.length - 1]!) - Math.log10(words[0]!) || 1)) *
      (W - PAD.left - PAD.right);
  const y = (ms: number) => H - PAD.bottom - (ms / maxY) * (H - PAD.top - PAD.bottom);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="11">`,
    `<text x="${PAD.left}" y="14" font-weight="bold">Factmark first paint (median ms) by document size</text>`,
    `<line x1="${PAD.left}" y1="${y(0)}" x2="${W - PAD.right}" y2="${y(0)}" stroke="#555"/>`,
    `<line x1="${PAD.left}" y1="${y(0)}" x2="${PAD.left}" y2="${PAD.top}" stroke="#555"/>`,
    `<line x1="${PAD.left}" y1="${y(target)}" x2="${W - PAD.right}" y2="${y(target)}" stroke="#999" stroke-dasharray="4 3"/>`,
    `<text x="${W - PAD.right + 4}" y="${y(target) + 4}" fill="#777">target ${target} ms</text>`,
  ];
  for (const w of words) {
    parts.push(
      `<text x="${x(w)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${w / 1000}k words</text>`,
    );
  }
  for (let t = 0; t <= maxY; t += maxY > 1000 ? 500 : 100) {
    parts.push(`<text x="${PAD.left - 6}" y="${y(t) + 4}" text-anchor="end">${t}</text>`);
  }
  counts.forEach((count, i) => {
    const line = points.filter((p) => p.annotations === count).sort((a, b) => a.words - b.words);
    const colour = COLOURS[i % COLOURS.length]!;
    const path = line.map((p) => `${x(p.words).toFixed(1)},${y(p.median).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const p of line) {
      parts.push(
        `<circle cx="${x(p.words).toFixed(1)}" cy="${y(p.median).toFixed(1)}" r="3" fill="${colour}"><title>${p.words} words, ${p.annotations} annotations: ${p.median} ms (${p.min}–${p.max})</title></circle>`,
      );
    }
    parts.push(
      `<text x="${W - PAD.right + 4}" y="${PAD.top + 30 + i * 16}" fill="${colour}">${count} annotations</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
