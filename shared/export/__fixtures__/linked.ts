// Two linked articles for format tests: the sample article's MMLU claim is refuted by a passage
// of a second article (a benchmark report), supported by a passage of its own and by a web page,
// the same claim as a claim of the report, and its subject role points at a mention.
import { quoteSelector } from '../../anchoring/quote-selector';
import type { Article } from '../../model/article';
import { canonicalText, type Block } from '../../model/blocks';
import type { EvidencePassage, Relation, RelationEnd, RelationType } from '../../model/relations';
import { CodePointIndex } from '../../text/code-points';
import type { ExportInput } from '../factmark-json';
import { NOW, sampleArticle, sampleInput, spanOf } from './sample';

const REPORT_BLOCKS: Block[] = [
  { type: 'title', runs: [{ text: 'Benchmark report' }] },
  {
    type: 'paragraph',
    runs: [{ text: 'In our runs Maverick scored 69.8% on MMLU. Maverick achieves 73.5% on MMLU.' }],
  },
];
const REPORT_TEXT = canonicalText(REPORT_BLOCKS);
const REPORT_INDEX = new CodePointIndex(REPORT_TEXT);

function passage(id: string, index: CodePointIndex, [start, end]: [number, number]) {
  return {
    id,
    start,
    end,
    ...quoteSelector(index, start, end),
    note: '',
    createdAt: NOW,
  } satisfies EvidencePassage;
}

export function relation(id: string, type: RelationType, from: string, to: RelationEnd): Relation {
  const [document, annotation] = from.split('/') as [string, string];
  return { id, type, from: { document, annotation }, to, createdAt: NOW };
}

export const ref = (document: string, annotation: string) => ({ document, annotation });

/** The benchmark report: a refuting passage and a claim that states the same as the sample's. */
export function reportArticle(): Article {
  const refuting = spanOf('In our runs Maverick scored 69.8% on MMLU.', 0, REPORT_TEXT);
  const same = spanOf('Maverick achieves 73.5% on MMLU.', 0, REPORT_TEXT);
  return {
    ...sampleArticle(),
    id: 'art_report',
    title: 'Benchmark report',
    byline: null,
    source: { kind: 'url', url: 'https://bench.example/report', retrievedAt: NOW },
    contentHash: `sha256:${'cd'.repeat(32)}`,
    blocks: REPORT_BLOCKS,
    text: REPORT_TEXT,
    claims: [
      {
        id: 'clm_report',
        start: same[0],
        end: same[1],
        ...quoteSelector(REPORT_INDEX, same[0], same[1]),
        entities: [],
        status: 'unreviewed',
        note: '',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ],
    mentions: [],
    orphans: [],
    evidence: [passage('evi_report', REPORT_INDEX, refuting)],
  };
}

/** The sample article with a passage of its own and the MMLU claim's links. */
export function linkedSampleArticle(): Article {
  const article = sampleArticle();
  const index = new CodePointIndex(article.text);
  return {
    ...article,
    evidence: [passage('evi_local', index, spanOf('score = 73.5'))],
    relations: [
      relation('rel_local', 'supports', 'art_sample/clm_mmlu', ref('art_sample', 'evi_local')),
      relation('rel_report', 'refutes', 'art_sample/clm_mmlu', ref('art_report', 'evi_report')),
      relation('rel_url', 'supports', 'art_sample/clm_mmlu', { url: 'https://bench.example/mmlu' }),
      relation('rel_same', 'same-claim', 'art_sample/clm_mmlu', ref('art_report', 'clm_report')),
      relation(
        'rel_role',
        'role:subject',
        'art_sample/clm_mmlu',
        ref('art_sample', 'men_maverick'),
      ),
      relation('rel_gone', 'context', 'art_sample/clm_team', ref('art_elsewhere', 'evi_gone')),
    ],
  };
}

/** Both articles, ready to export. */
export function linkedInput(articles: Article[] = [linkedSampleArticle(), reportArticle()]) {
  return sampleInput(articles) satisfies ExportInput;
}
