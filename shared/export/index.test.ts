import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import {
  largeArticle,
  sampleArticle,
  sampleInput,
  sampleSpans,
  SAMPLE_TEXT,
} from './__fixtures__/sample';
import { bratFragments } from './brat';
import { defuse } from './csv';
import { EXPORT_FORMATS, EXPORT_FORMAT_IDS, buildExport, type ExportFormatId } from './index';

/** A span as a format writes it: where, and the text it says is there. */
interface WrittenSpan {
  start: number;
  end: number;
  quote: string;
}

const points = [...SAMPLE_TEXT];
const pythonSlice = (start: number, end: number) => points.slice(start, end).join('');

/** A reader of RFC 4180 records, written separately from the exporter to check it. */
function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i]!;
    if (quoted && c === '"' && content[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && content[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  expect(field).toBe(''); // the last record ends with CRLF
  return rows;
}

/** How to read the spans back out of each format's output, independently of its builder. */
const SPANS_OF: Record<ExportFormatId, (files: Map<string, string>) => WrittenSpan[]> = {
  factmark: (files) => {
    const doc = JSON.parse([...files.values()][0]!).documents[0];
    return [...doc.claims, ...doc.mentions];
  },
  w3c: (files) =>
    JSON.parse([...files.values()][0]!).first.items.map(
      (a: { target: { selector: [{ exact: string }, { start: number; end: number }] } }) => ({
        start: a.target.selector[1].start,
        end: a.target.selector[1].end,
        quote: a.target.selector[0].exact,
      }),
    ),
  brat: (files) => {
    const ann = [...files].find(([path]) => path.endsWith('.ann'))![1];
    return ann
      .split('\n')
      .filter((l) => l.startsWith('T'))
      .map((line) => {
        const [, data, text] = line.split('\t') as [string, string, string];
        const pairs = data
          .split(' ')
          .slice(1)
          .join(' ')
          .split(';')
          .map((p) => p.split(' ').map(Number));
        const written = pairs.map(([s, e]) => pythonSlice(s!, e!)).join(' ');
        expect(text).toBe(written); // brat's own rule: fragment texts joined by one space
        return { start: pairs[0]![0]!, end: pairs[pairs.length - 1]![1]!, quote: '' };
      })
      .map((s) => ({ ...s, quote: pythonSlice(s.start, s.end) }));
  },
  doccano: (files) => {
    const line = JSON.parse([...files.values()][0]!.trimEnd());
    return line.label.map(([start, end]: [number, number]) => ({
      start,
      end,
      quote: pythonSlice(start, end),
    }));
  },
  spacy: (files) => {
    const line = JSON.parse([...files.values()][0]!.trimEnd());
    return line.entities.map((e: { start_offset: number; end_offset: number }) => ({
      start: e.start_offset,
      end: e.end_offset,
      quote: pythonSlice(e.start_offset, e.end_offset),
    }));
  },
  'label-studio': (files) =>
    JSON.parse([...files.values()][0]!)[0].annotations[0].result.map(
      (r: { value: WrittenSpan & { text: string } }) => ({
        start: r.value.start,
        end: r.value.end,
        quote: r.value.text,
      }),
    ),
  csv: (files) => {
    const [header, ...rows] = parseCsv([...files.values()][0]!.slice(1));
    const col = (name: string) => header!.indexOf(name);
    return rows.map((r) => {
      const start = Number(r[col('start')]);
      const end = Number(r[col('end')]);
      // text a spreadsheet would run as a formula carries a leading apostrophe
      const quote = r[col('quote')]!;
      expect(quote).toBe(defuse(pythonSlice(start, end)));
      return { start, end, quote: pythonSlice(start, end) };
    });
  },
  claimreview: () => [],
};

describe('buildExport', () => {
  it('offers every format the command line names', () => {
    expect(EXPORT_FORMAT_IDS).toEqual([
      'factmark',
      'w3c',
      'brat',
      'doccano',
      'spacy',
      'label-studio',
      'csv',
      'claimreview',
    ]);
    expect(EXPORT_FORMATS.filter((f) => f.folder).map((f) => f.id)).toEqual(['brat']);
  });

  it.each(EXPORT_FORMAT_IDS.filter((f) => f !== 'claimreview'))(
    '%s: every span quotes text[start:end] in code points (emoji, CJK, combining marks, CRLF)',
    (format) => {
      const files = new Map(
        buildExport(format, sampleInput()).files.map((f) => [f.path, f.content]),
      );
      const spans = SPANS_OF[format](files);
      const expected = format === 'csv' ? sampleArticle().claims : sampleSpans();
      expect(spans).toHaveLength(expected.length);
      for (const s of spans) {
        expect(s.end).toBeGreaterThan(s.start);
        expect(pythonSlice(s.start, s.end)).toBe(s.quote);
      }
      // the same spans as the library holds, none shifted
      const key = (s: WrittenSpan) => `${s.start}:${s.end}`;
      expect(spans.map(key).sort()).toEqual(expected.map(key).sort());
    },
  );

  it.each([
    ['factmark', ['llama-4-lands-meta-s-model.factmark.json']],
    ['w3c', ['llama-4-lands-meta-s-model.w3c.jsonld']],
    [
      'brat',
      ['llama-4-lands-meta-s-model.txt', 'llama-4-lands-meta-s-model.ann', 'annotation.conf'],
    ],
    ['doccano', ['llama-4-lands-meta-s-model.doccano.jsonl']],
    ['spacy', ['llama-4-lands-meta-s-model.spacy.jsonl']],
    ['label-studio', ['llama-4-lands-meta-s-model.label-studio.json']],
    ['csv', ['llama-4-lands-meta-s-model.claims.csv']],
    ['claimreview', ['llama-4-lands-meta-s-model.claimreview.jsonld']],
  ] as const)('%s names its files', (format, paths) => {
    expect(buildExport(format, sampleInput()).files.map((f) => f.path)).toEqual(paths);
  });

  it('names a bundle of several articles generically, and brat files per article', () => {
    const second = { ...sampleArticle(), id: 'art_two' };
    const input = sampleInput([sampleArticle(), second]);
    expect(buildExport('w3c', input).files.map((f) => f.path)).toEqual([
      'factmark-export.w3c.jsonld',
    ]);
    expect(buildExport('brat', input).files.map((f) => f.path)).toEqual([
      'llama-4-lands-meta-s-model.txt',
      'llama-4-lands-meta-s-model.ann',
      'llama-4-lands-meta-s-model-2.txt',
      'llama-4-lands-meta-s-model-2.ann',
      'annotation.conf',
    ]);
  });

  it('brat fragments cover exactly the span', () => {
    const index = new CodePointIndex(SAMPLE_TEXT);
    for (const s of sampleSpans()) {
      const fragments = bratFragments(s.start, s.quote);
      expect(fragments[0]![0]).toBe(s.start);
      expect(fragments[fragments.length - 1]![1]).toBe(s.end);
      for (const [start, end, text] of fragments) expect(index.slice(start, end)).toBe(text);
    }
  });

  it('exports 10,000 annotations in every format quickly (figure printed, not asserted)', () => {
    const input = sampleInput([largeArticle(5000)]);
    const timings = EXPORT_FORMAT_IDS.map((format) => {
      let best = Infinity; // the best of a few runs: other work shares this machine
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now();
        const bundle = buildExport(format, input);
        best = Math.min(best, performance.now() - t0);
        expect(bundle.files.length).toBeGreaterThan(0);
      }
      return `${format} ${best.toFixed(1)} ms`;
    });
    console.log(`10,000 annotations: ${timings.join(', ')}`);
  });
});
