import { describe, expect, it } from 'vitest';
import { ENTITIES, sampleArticle, sampleInput, SAMPLE_TEXT } from './__fixtures__/sample';
import { annotationConf, bratFragments, buildBratFiles } from './brat';
import { mentionLabelType, mentionTypeLabel } from './labels';

const files = buildBratFiles(sampleInput());
const ann = files.find((f) => f.path.endsWith('.ann'))!.content;
const lines = ann.trimEnd().split('\n');
const points = [...SAMPLE_TEXT];

/** The documented shapes of brat standoff lines (https://brat.nlplab.org/standoff.html). */
const LINE_SHAPES: Record<string, RegExp> = {
  T: /^T\d+\t[^\s]+ \d+ \d+(;\d+ \d+)*\t[^\n\r]*$/,
  A: /^A\d+\tStatus T\d+ (unreviewed|supported|refuted|misleading|unverifiable)$/,
  N: /^N\d+\tReference T\d+ [^\s:]+:\S+\t[^\n\r]*$/,
  '#': /^#\d+\tAnnotatorNotes T\d+\t[^\n\r]*$/,
};

describe('brat standoff export', () => {
  it('writes the canonical text exactly, CRLF and all', () => {
    expect(files.find((f) => f.path.endsWith('.txt'))!.content).toBe(SAMPLE_TEXT);
  });

  it('writes only lines of the documented shapes, with unique ids', () => {
    for (const line of lines) {
      const shape = LINE_SHAPES[line[0]!];
      expect(shape, line).toBeDefined();
      expect(line).toMatch(shape!);
    }
    const ids = lines.map((l) => l.split('\t')[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ann.endsWith('\n')).toBe(true);
  });

  it('quotes the text of each fragment, joined by one space, in code points', () => {
    for (const line of lines.filter((l) => l.startsWith('T'))) {
      const [, data, text] = line.split('\t') as [string, string, string];
      const pairs = data
        .slice(data.indexOf(' ') + 1)
        .split(';')
        .map((p) => p.split(' ').map(Number));
      expect(text).toBe(pairs.map(([s, e]) => points.slice(s!, e!).join('')).join(' '));
      for (const [s, e] of pairs) expect(points.slice(s!, e!).join('')).not.toMatch(/[\r\n]/);
    }
  });

  it('writes claims with status, entity references, links and note lines', () => {
    const t1 = lines.indexOf('T1\tClaim 35 84\tMaverick achieves 73.5% on MMLU, says Meta’s team');
    expect(t1).toBe(0);
    expect(lines.slice(1, 10)).toEqual([
      'A1\tStatus T1 supported',
      'N1\tReference T1 Factmark-model:ent_maverick\tLlama 4 Maverick',
      'N2\tReference T1 Wikidata:Q123456\tLlama 4 Maverick',
      'N3\tReference T1 huggingface:meta-llama/Llama-4-Maverick\tLlama 4 Maverick',
      'N4\tReference T1 Factmark-company:ent_meta\tMeta',
      'N5\tReference T1 Wikidata:Q380\tMeta',
      'N6\tReference T1 website:https://about.meta.com/\tMeta',
      '#1\tAnnotatorNotes T1\tChecked the',
      '#2\tAnnotatorNotes T1\tmodel card.\tok',
    ]);
  });

  it('labels mentions with their entity type, capitalised', () => {
    expect(lines).toContain('T10\tData-set 87 95\t大規模言語モデル');
    expect(lines.filter((l) => /^T\d+\tModel /.test(l))).toHaveLength(2);
  });

  it('splits a span across line breaks into fragments, keeping an edge on a break', () => {
    const code = sampleArticle().claims.find((c) => c.id === 'clm_code')!;
    expect(lines).toContain(`T5\tClaim 147 147;149 159;161 165;167 172\t rank = 1 😀 done Scout`);
    expect(code.start).toBe(147);
    expect(code.end).toBe(172);
  });

  it('declares every label and the Status attribute in annotation.conf', () => {
    const conf = files.find((f) => f.path === 'annotation.conf')!.content;
    expect(conf).toBe(annotationConf(['company', 'data-set', 'model', 'person']));
    expect(conf).toMatch(
      /^\[entities\]\nClaim\nCompany\nData-set\nModel\nPerson\nUnknown_entity\nEvidence\n$/m,
    );
    expect(conf).toContain('<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>');
    expect(conf).toContain('Refutes\tArg1:Claim, Arg2:Evidence');
    expect(conf).toContain('Same_claim\tArg1:Claim, Arg2:Claim');
    expect(conf).toContain('Role_subject\tArg1:Claim, Arg2:<ENTITY>');
    expect(conf).toContain(
      'Status\tArg:Claim, Value:unreviewed|supported|refuted|misleading|unverifiable',
    );
    for (const line of lines.filter((l) => l.startsWith('T'))) {
      const label = line.split('\t')[1]!.split(' ')[0]!;
      expect(conf.split('\n')).toContain(label);
    }
  });

  it('keeps a type named claim or evidence apart from claims and passages, and marks unknown entities', () => {
    expect(mentionTypeLabel('claim')).toBe('Claim_entity');
    expect(mentionTypeLabel('evidence')).toBe('Evidence_entity');
    expect(mentionTypeLabel('model')).toBe('Model');
    // read back: the reserved types by name, others as their label (a type's label names it)
    expect(mentionLabelType('Claim_entity')).toBe('claim');
    expect(mentionLabelType('Evidence_entity')).toBe('evidence');
    expect(mentionLabelType('Model')).toBe('Model');
    const input = { ...sampleInput(), entities: ENTITIES.filter((e) => e.id !== 'ent_llm') };
    const withoutLlm = buildBratFiles(input).find((f) => f.path.endsWith('.ann'))!.content;
    expect(withoutLlm).toContain('\tUnknown_entity 87 95\t大規模言語モデル');
  });
});

describe('bratFragments', () => {
  it.each([
    ['no break', 10, 'abc', [[10, 13, 'abc']]],
    [
      'one break',
      10,
      'ab\ncd',
      [
        [10, 12, 'ab'],
        [13, 15, 'cd'],
      ],
    ],
    [
      'a blank line',
      0,
      'a\n\nb',
      [
        [0, 1, 'a'],
        [3, 4, 'b'],
      ],
    ],
    [
      'CRLF',
      5,
      'x\r\ny',
      [
        [5, 6, 'x'],
        [8, 9, 'y'],
      ],
    ],
    [
      'starts on a break',
      4,
      '\nab',
      [
        [4, 4, ''],
        [5, 7, 'ab'],
      ],
    ],
    [
      'ends on a break',
      4,
      'ab\n',
      [
        [4, 6, 'ab'],
        [7, 7, ''],
      ],
    ],
    [
      'only breaks',
      2,
      '\n\n',
      [
        [2, 2, ''],
        [4, 4, ''],
      ],
    ],
    [
      'astral characters',
      0,
      '😀a\n👍🏽',
      [
        [0, 2, '😀a'],
        [3, 5, '👍🏽'],
      ],
    ],
    [
      'Unicode line separators',
      0,
      'a\u2028b\u0085c',
      [
        [0, 1, 'a'],
        [2, 3, 'b'],
        [4, 5, 'c'],
      ],
    ],
  ])('%s', (_label, start, quote, expected) => {
    expect(bratFragments(start, quote)).toEqual(expected);
  });
});
