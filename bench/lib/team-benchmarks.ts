// Agreement over a library: 1,000 generated articles, each annotated by three annotators who
// mostly mark the same spans (some shifted, some left out, statuses that sometimes differ).
// Times the figures themselves (shared/team/agreement), in memory: reading the files is the
// library listing's figure.
import { CLAIM_STATUSES, type Claim, type Mention } from '../../shared/model/annotations';
import { computeAgreement, type AgreementDocument } from '../../shared/team/agreement';
import { seededRandom } from './generate';
import { summarizeRuns, type BenchResult } from './results';
import { sample } from './node-benchmarks';

const ANNOTATORS = ['Dana', 'Lee', 'Sam'];
const T = '2026-11-26T12:00:00.000Z';

/** `articles` articles of three layers, about `claims` claims and `mentions` mentions each. */
export function teamDocuments(articles: number, claims = 20, mentions = 12): AgreementDocument[] {
  const random = seededRandom(1_000);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const documents: AgreementDocument[] = [];
  for (let a = 0; a < articles; a++) {
    const spans = Array.from({ length: claims }, (_, i) => {
      const start = i * 200 + Math.floor(random() * 50);
      return { start, end: start + 40 + Math.floor(random() * 120), status: pick(CLAIM_STATUSES) };
    });
    const names = Array.from({ length: mentions }, (_, i) => ({
      start: i * 300 + 5,
      entity: `ent_${i % 7}`,
    }));
    const doc: { articleId: string; claims: Claim[]; mentions: Mention[] } = {
      articleId: `art_${a}`,
      claims: [],
      mentions: [],
    };
    for (const annotator of ANNOTATORS) {
      for (const [i, span] of spans.entries()) {
        if (random() < 0.15) continue;
        const shift = random() < 0.1 ? Math.floor(random() * 10) - 5 : 0;
        const start = Math.max(0, span.start + shift);
        doc.claims.push({
          id: `clm_${a}_${annotator}_${i}`,
          start,
          end: span.end,
          quote: 'x',
          prefix: '',
          suffix: '',
          entities: [],
          status: random() < 0.25 ? pick(CLAIM_STATUSES) : span.status,
          note: '',
          createdAt: T,
          updatedAt: T,
          annotator,
        });
      }
      for (const [i, name] of names.entries()) {
        if (random() < 0.2) continue;
        doc.mentions.push({
          id: `men_${a}_${annotator}_${i}`,
          start: name.start,
          end: name.start + 6,
          quote: 'x',
          prefix: '',
          suffix: '',
          entity: random() < 0.1 ? 'ent_other' : name.entity,
          createdAt: T,
          annotator,
        });
      }
    }
    documents.push(doc);
  }
  return documents;
}

export async function teamBenchmarks(runs: number): Promise<BenchResult[]> {
  const documents = teamDocuments(1_000);
  const claims = documents.reduce((n, d) => n + d.claims.length, 0);
  const mentions = documents.reduce((n, d) => n + d.mentions.length, 0);
  const samples = await sample(runs, () =>
    computeAgreement(documents, { fallbackAnnotator: 'Dana' }),
  );
  return [
    summarizeRuns(
      'team.agreement.1k',
      'ms',
      samples,
      null,
      `1,000 articles × 3 annotators: ${claims.toLocaleString('en')} claims, ${mentions.toLocaleString('en')} mentions, pooled and per article`,
    ),
  ];
}
