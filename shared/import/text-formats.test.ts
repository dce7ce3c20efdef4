// doccano, spaCy and Label Studio exports read back: export → import → the same annotations,
// as far as each format carries them (spans and their labels; Label Studio also evidence
// passages, relations and whose layer each is), and the contradictions refused by path.
import { describe, expect, it } from 'vitest';
import { buildExport } from '../export';
import { sampleArticle, sampleInput, spanOf } from '../export/__fixtures__/sample';
import { quoteSelector } from '../anchoring/quote-selector';
import type { Article } from '../model/article';
import type { Entity } from '../model/entities';
import { CodePointIndex } from '../text/code-points';
import { parseDoccanoLines } from './doccano';
import { parseLabelStudioTasks } from './label-studio';
import type { ImportedAnnotations, ImportedDocument } from './types';

const NOW = '2026-11-26T12:00:00.000Z';

/** The sample with evidence passages, relations and two annotators' layers. */
function layeredArticle(): Article {
  const article = sampleArticle();
  const index = new CodePointIndex(article.text);
  const [start, end] = spanOf('Behemoth');
  article.evidence = [
    {
      id: 'evi_behemoth',
      start,
      end,
      ...quoteSelector(index, start, end),
      note: '',
      createdAt: NOW,
    },
  ];
  article.relations = [
    {
      id: 'rel_supports',
      type: 'supports',
      from: { document: article.id, annotation: 'clm_mmlu' },
      to: { document: article.id, annotation: 'evi_behemoth' },
      createdAt: NOW,
    },
  ];
  // A relation travels in the annotation that holds both its ends: Dana's.
  article.claims[1]!.annotator = 'Dana';
  article.mentions[2]!.annotator = 'Dana';
  article.evidence[0]!.annotator = 'Dana';
  article.relations[0]!.annotator = 'Dana';
  return article;
}

/** Each span as `kind start–end label annotator`, sorted: what every format must carry back. */
function spans(
  doc: { claims: Article['claims']; mentions: Article['mentions']; evidence?: Article['evidence'] },
  entities: readonly Entity[],
  withAnnotator: boolean,
): string[] {
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  const who = (s: { annotator?: string }) => (withAnnotator ? ` ${s.annotator ?? '-'}` : '');
  return [
    ...doc.claims.map((c) => `claim ${c.start}–${c.end}${who(c)}`),
    ...doc.mentions.map((m) => `${typeOf.get(m.entity)} ${m.start}–${m.end} "${m.quote}"${who(m)}`),
    ...(doc.evidence ?? []).map((e) => `evidence ${e.start}–${e.end}${who(e)}`),
  ].sort();
}

function exported(format: 'doccano' | 'spacy' | 'label-studio', article: Article): string {
  return buildExport(format, sampleInput([article])).files[0]!.content;
}

function only(imported: ImportedAnnotations): ImportedDocument {
  expect(imported.documents).toHaveLength(1);
  return imported.documents[0]!;
}

describe('export → import round trips', () => {
  it.each(['doccano', 'spacy'] as const)('%s JSONL: the same spans and labels', (format) => {
    const article = sampleArticle();
    const imported = parseDoccanoLines(exported(format, article), { now: NOW });
    const doc = only(imported);
    expect(doc.text).toBe(article.text);
    expect(doc.title).toBe(article.title);
    expect(spans(doc, imported.entities, false)).toEqual(
      spans(article, sampleInput().entities, false),
    );
    for (const s of [...doc.claims, ...doc.mentions]) {
      expect(s).toMatchObject(quoteSelector(new CodePointIndex(doc.text), s.start, s.end));
    }
  });

  it('spaCy JSONL: an "about" relation tags the claim with its mention’s entity', () => {
    const imported = parseDoccanoLines(exported('spacy', sampleArticle()), { now: NOW });
    const doc = only(imported);
    const [start, end] = spanOf('Maverick achieves 73.5% on MMLU');
    const claim = doc.claims.find((c) => c.start === start && c.end === end)!;
    const tagged = claim.entities.map((id) => imported.entities.find((e) => e.id === id)!);
    expect(tagged.map((e) => [e.type, e.name])).toContainEqual(['model', 'Maverick']);
  });

  it('Label Studio: spans, evidence passages, relations and each annotator’s layer', () => {
    const article = layeredArticle();
    const imported = parseLabelStudioTasks(exported('label-studio', article), { now: NOW });
    const doc = only(imported);
    expect(spans(doc, imported.entities, true)).toEqual(
      spans(article, sampleInput().entities, true),
    );
    const [relation] = doc.relations!;
    const from = doc.claims.find((c) => c.id === relation!.from.annotation)!;
    const to = doc.evidence!.find(
      (e) => 'annotation' in relation!.to && e.id === relation!.to.annotation,
    )!;
    expect([relation!.type, from.quote, to.quote, relation!.annotator]).toEqual([
      'supports',
      article.claims[1]!.quote,
      'Behemoth',
      'Dana',
    ]);
  });
});

describe('contradictions are refused, naming the JSON path', () => {
  const text = 'Meta released Llama 4.';
  it.each([
    [
      'doccano: an end past the text',
      () => parseDoccanoLines(`${JSON.stringify({ text, label: [[0, 99, 'COMPANY']] })}\n`),
      'line 1: label[0][1]: is past the end of the text (22 code points)',
    ],
    [
      'doccano: an end before the start',
      () => parseDoccanoLines(JSON.stringify({ text, label: [[4, 0, 'CLAIM']] })),
      'line 1: label[0][1]: must be greater than the start',
    ],
    [
      'spaCy: a relation to an entity the line does not have',
      () =>
        parseDoccanoLines(
          JSON.stringify({
            text,
            entities: [{ id: 1, label: 'COMPANY', start_offset: 0, end_offset: 4 }],
            relations: [{ id: 1, from_id: 1, to_id: 7, type: 'about' }],
          }),
        ),
      'line 1: relations[0].to_id: names no entity of this line',
    ],
    [
      'Label Studio: a region whose text is not the text there',
      () =>
        parseLabelStudioTasks([
          {
            data: { text },
            annotations: [
              {
                result: [
                  {
                    id: 'a',
                    type: 'labels',
                    value: { start: 0, end: 4, text: 'Meat', labels: ['Company'] },
                  },
                ],
              },
            ],
          },
        ]),
      '[0].annotations[0].result[0].value.text: does not equal the text at 0–4 ("Meta")',
    ],
  ])('%s', (_label, read, message) => {
    expect(read).toThrow(message);
  });

  it('is liberal in what is missing: a line with text and labels alone imports', () => {
    const imported = parseDoccanoLines(JSON.stringify({ text, label: [[0, 4, 'COMPANY']] }));
    expect(only(imported).mentions[0]).toMatchObject({
      quote: 'Meta',
      prefix: '',
      suffix: ' released Llama 4.',
    });
    expect(imported.entities[0]).toMatchObject({ name: 'Meta', type: 'company' });
  });
});
