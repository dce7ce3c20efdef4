// Reads the exports the way Python does, where a string index is a code point: every span of
// the Factmark export must slice to its quote, and every span of the doccano, spaCy, Label
// Studio and brat outputs must slice to the quote of the same span there (and to the quote it
// writes itself, if any; for brat, the fragments joined by one space, as brat's reader checks).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExport, type ExportFormatId } from '../../../shared/export/index';
import { sampleInput } from '../../../shared/export/__fixtures__/sample';

const CHECKER = String.raw`
import json, sys

def spans(fmt, files):
    if fmt == 'factmark':
        doc = json.loads(files['factmark'])
        for d in doc['documents']:
            for s in d['claims'] + d['mentions']:
                yield d['text'], s['start'], s['end'], s['quote']
    elif fmt == 'doccano':
        for line in files['doccano'].splitlines():
            d = json.loads(line)
            for start, end, label in d['label']:
                yield d['text'], start, end, None
    elif fmt == 'spacy':
        for line in files['spacy'].splitlines():
            d = json.loads(line)
            for e in d['entities']:
                yield d['text'], e['start_offset'], e['end_offset'], None
    elif fmt == 'label-studio':
        for task in json.loads(files['label-studio']):
            for r in task['annotations'][0]['result']:
                v = r['value']
                yield task['data']['text'], v['start'], v['end'], v['text']
    elif fmt == 'brat':
        # newline='' keeps CRLF as two characters, as brat's offsets count them
        with open(files['brat.txt'], encoding='utf-8', newline='') as f:
            text = f.read()
        with open(files['brat.ann'], encoding='utf-8', newline='') as f:
            for line in f.read().split('\n'):
                if not line.startswith('T'):
                    continue
                _id, data, quote = line.split('\t', 2)
                pairs = [tuple(map(int, p.split(' '))) for p in data.split(' ', 1)[1].split(';')]
                if ' '.join(text[s:e] for s, e in pairs) != quote:
                    yield text, pairs[0][0], pairs[-1][1], '<fragments do not match: ' + line + '>'
                yield text, pairs[0][0], pairs[-1][1], None

files = json.load(sys.stdin)
# The Factmark export is the reference: each of its quotes must be text[start:end] in Python.
truth = set()
for text, start, end, quote in spans('factmark', files):
    assert text[start:end] == quote, ('factmark', start, end, text[start:end], quote)
    truth.add((start, end, quote))
checked = len(truth)
# Every other format must give the same spans: where it writes a quote, that quote, and in
# every case text[start:end] must be the quote the Factmark export has at those offsets.
for fmt in ['doccano', 'spacy', 'label-studio', 'brat']:
    for text, start, end, quote in spans(fmt, files):
        assert 0 <= start < end <= len(text), (fmt, start, end, len(text))
        if quote is not None:
            assert text[start:end] == quote, (fmt, start, end, text[start:end], quote)
        assert (start, end, text[start:end]) in truth, (fmt, start, end, text[start:end])
        checked += 1
print(checked)
`;

describe('offsets as Python reads them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factmark-python-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every span of every format slices to its quote with Python code-point indexing', () => {
    const content = (format: ExportFormatId) => buildExport(format, sampleInput()).files;
    const brat = content('brat');
    const txt = join(dir, 'sample.txt');
    const ann = join(dir, 'sample.ann');
    writeFileSync(txt, brat.find((f) => f.path.endsWith('.txt'))!.content);
    writeFileSync(ann, brat.find((f) => f.path.endsWith('.ann'))!.content);
    const files = {
      factmark: content('factmark')[0]!.content,
      doccano: content('doccano')[0]!.content,
      spacy: content('spacy')[0]!.content,
      'label-studio': content('label-studio')[0]!.content,
      'brat.txt': txt,
      'brat.ann': ann,
    };
    const output = execFileSync('python3', ['-c', CHECKER], {
      input: JSON.stringify(files),
      encoding: 'utf8',
    });
    // 12 spans in each of factmark, doccano, spacy, label-studio and brat
    expect(Number(output.trim())).toBe(60);
  });
});
