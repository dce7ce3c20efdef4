import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article';
import {
  linkedInput,
  linkedSampleArticle,
  ref,
  relation,
  reportArticle,
} from './__fixtures__/linked';
import { buildExport } from './index';
import { leftOutNotice } from './left-out';

const withAnnotators = (article: Article, who: Record<string, string>): Article => ({
  ...article,
  claims: article.claims.map((c) => (who[c.id] ? { ...c, annotator: who[c.id] } : c)),
  mentions: article.mentions.map((m) => (who[m.id] ? { ...m, annotator: who[m.id] } : m)),
  evidence: article.evidence?.map((e) => (who[e.id] ? { ...e, annotator: who[e.id] } : e)),
  relations: article.relations?.map((r) => ({ ...r, annotator: who[r.from.annotation]! })),
});

describe('what brat and Label Studio leave out', () => {
  it.each([
    [
      'brat',
      'brat: 4 of 6 links left out (1 to a web page, 3 to other articles): a brat relation joins two spans of one text, so a web address or another article has no place there.',
    ],
    [
      'label-studio',
      "Label Studio: 4 of 6 links left out (1 to a web page, 3 to other articles): a Label Studio relation joins two regions of one annotation of one task, so a web address, another article or another annotator's region has no place there.",
    ],
  ] as const)('%s names how many links it left out and why', (format, notice) => {
    expect(buildExport(format, linkedInput()).notices).toEqual([notice]);
  });

  it('says nothing when every link is inside its article, and other formats say nothing', () => {
    const inside = {
      ...linkedSampleArticle(),
      relations: linkedSampleArticle().relations!.filter((r) =>
        ['rel_local', 'rel_role'].includes(r.id),
      ),
    };
    expect(buildExport('brat', linkedInput([inside, reportArticle()])).notices).toEqual([]);
    expect(buildExport('label-studio', linkedInput([inside])).notices).toEqual([]);
    for (const format of ['factmark', 'w3c', 'csv', 'claimreview', 'doccano', 'spacy'] as const) {
      expect(buildExport(format, linkedInput()).notices).toEqual([]);
    }
  });

  it('counts a link whose end is no longer in the text', () => {
    const article = {
      ...linkedSampleArticle(),
      relations: [relation('rel_1', 'supports', 'art_sample/clm_mmlu', ref('art_sample', 'evi_x'))],
    };
    expect(buildExport('brat', linkedInput([article])).notices[0]).toMatch(
      /^brat: 1 of 1 link left out \(1 with an end no longer in the text\)/,
    );
  });

  it("Label Studio leaves out a link between two annotators' layers, as its annotations are per annotator", () => {
    const article = withAnnotators(linkedSampleArticle(), {
      clm_mmlu: 'Dana',
      clm_team: 'Dana',
      men_maverick: 'Dana',
      evi_local: 'Lee',
    });
    const tasks = buildExport('label-studio', linkedInput([article]));
    expect(tasks.notices[0]).toMatch(
      /^Label Studio: 5 of 6 links left out \(1 to a web page, 3 to other articles, 1 between two annotators' layers\)/,
    );
    // Written in the task: no relation result from Dana's claim to Lee's passage.
    expect(tasks.files[0]!.content).not.toContain('"to_id": "evi_local"');
    expect(tasks.files[0]!.content).toContain('"to_id": "men_maverick"');
  });

  it.each([
    [[], 0, null],
    [
      ['url', 'url', 'other-article'],
      5,
      'F: 3 of 5 links left out (2 to web pages, 1 to another article): why.',
    ],
  ] as const)('leftOutNotice(%j, %i)', (reasons, total, expected) => {
    expect(leftOutNotice('F', reasons, total, 'why')).toBe(expected);
  });
});
