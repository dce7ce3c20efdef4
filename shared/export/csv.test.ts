import { describe, expect, it } from 'vitest';
import { sampleInput } from './__fixtures__/sample';
import { linkedInput } from './__fixtures__/linked';
import { buildClaimsCsv, csvField, CSV_BOM, CSV_COLUMNS, defuse } from './csv';

describe('CSV of claims', () => {
  const csv = buildClaimsCsv(sampleInput());

  it('starts with a byte order mark and the header, records end with CRLF', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'article_id,article_title,source_url,claim_id,start,end,quote,status,entities,entity_types,note,created_at,updated_at,subject,metric,value,unit,qualifier,evidence,evidence_labels,annotator,links',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(CSV_COLUMNS.map((c) => c.header)).toContain('entity_types');
  });

  it('writes one row per claim with entities and their types joined by "; "', () => {
    expect(csv).toContain(
      'art_sample,🦙 Llama 4 lands: Meta’s 大規模 model,https://news.example/llama-4,clm_mmlu,35,66,Maverick achieves 73.5% on MMLU,misleading,Meta; Llama 4 Maverick,company; model,,2026-11-26T12:00:00.000Z,2026-11-27T08:30:00.000Z,' +
        "Llama 4 Maverick,MMLU,73.5,%,'=5-shot,,,,\r\n",
    );
  });

  it('writes the evidence links and their labels, each joined by "; "', () => {
    expect(csv).toContain(
      ',"https://ai.meta.com/blog/llama-4/; http://example.org/mmlu?run=1,2","Meta, model card; ",,\r\n',
    );
  });

  it('names the annotator of each claim before the links, empty before layers', () => {
    const input = sampleInput();
    const [article] = input.articles;
    const attributed = {
      ...input,
      articles: [
        { ...article!, claims: article!.claims.map((c) => ({ ...c, annotator: '=Dana' })) },
      ],
    };
    // A name is text from a person: guarded like the other text cells; one per record.
    const csv = buildClaimsCsv(attributed);
    expect(csv.split(",'=Dana,\r\n")).toHaveLength(article!.claims.length + 1);
  });

  it('guards against formulas in text cells, never in offsets', () => {
    expect(csv).toContain(
      `,refuted,Meta; 大規模言語モデル,company; data-set,"'=cmd|""/c calc""!A1",`,
    );
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
  ])('csvField(%j)', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['a=b', 'a=b'],
  ])('defuse(%j)', (value, expected) => {
    expect(defuse(value)).toBe(expected);
  });
});

describe('CSV links column', () => {
  const csv = buildClaimsCsv(linkedInput());
  const row = (claimId: string) => csv.split('\r\n').find((r) => r.includes(`,${claimId},`))!;

  it('lists each claim its links by type, in a readable form, quoted like other cells', () => {
    expect(csv.slice(1).split('\r\n')[0]!.endsWith(',annotator,links')).toBe(true);
    expect(
      row('clm_mmlu').endsWith(
        ',"supports: ""score = 73.5"" (🦙 Llama 4 lands: Meta’s 大規模 model); supports: https://bench.example/mmlu; ' +
          'refutes: ""In our runs Maverick scored 69.8% on MMLU."" (Benchmark report); ' +
          'same-claim: ""Maverick achieves 73.5% on MMLU."" (Benchmark report); ' +
          'role:subject: ""Maverick"" (🦙 Llama 4 lands: Meta’s 大規模 model)"',
      ),
    ).toBe(true);
  });

  it('names an end outside the export by its ids, and a claim without links gets an empty cell', () => {
    expect(row('clm_team').endsWith(',context: evi_gone (art_elsewhere) [missing]')).toBe(true);
    expect(row('clm_report').endsWith(',')).toBe(true);
  });

  it('marks an end that became an orphan', () => {
    const [sample, report] = linkedInput().articles;
    const passage = report!.evidence![0]!;
    const orphaned = {
      ...report!,
      evidence: [],
      orphans: [
        {
          kind: 'evidence' as const,
          id: passage.id,
          quote: passage.quote,
          prefix: '',
          suffix: '',
          lastStart: passage.start,
          lastEnd: passage.end,
          createdAt: passage.createdAt,
        },
      ],
    };
    expect(buildClaimsCsv(linkedInput([sample!, orphaned]))).toContain(
      'refutes: ""In our runs Maverick scored 69.8% on MMLU."" (Benchmark report) [orphan]',
    );
  });
});
