import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article';
import { CodePointIndex } from '../text/code-points';
import { sampleArticle, sampleInput, SAMPLE_TEXT } from './__fixtures__/sample';
import { buildLabelStudioTasks, labelStudioConfig, type LabelStudioResult } from './label-studio';

describe('Label Studio tasks', () => {
  const tasks = JSON.parse(JSON.stringify(buildLabelStudioTasks(sampleInput())));

  it('has the documented task and result shape', () => {
    expect(tasks).toHaveLength(1);
    const [task] = tasks;
    expect(Object.keys(task)).toEqual(['data', 'annotations']);
    expect(task.data).toEqual({
      text: SAMPLE_TEXT,
      article_id: 'art_sample',
      title: '🦙 Llama 4 lands: Meta’s 大規模 model',
      url: 'https://news.example/llama-4',
    });
    for (const result of task.annotations[0].result) {
      expect(Object.keys(result)).toEqual(['id', 'from_name', 'to_name', 'type', 'value']);
      expect(result).toMatchObject({ from_name: 'label', to_name: 'text', type: 'labels' });
      expect(Object.keys(result.value)).toEqual(['start', 'end', 'text', 'labels']);
      expect(result.value.labels).toHaveLength(1);
    }
  });

  it('offsets count code points, as Label Studio’s Text tag does (not UTF-16 units)', () => {
    const index = new CodePointIndex(SAMPLE_TEXT);
    for (const { value } of tasks[0].annotations[0].result) {
      expect(index.slice(value.start, value.end)).toBe(value.text);
    }
    const thumb = tasks[0].annotations[0].result.find((r: { id: string }) => r.id === 'men_thumb');
    expect(SAMPLE_TEXT.indexOf('👍🏽')).not.toBe(thumb.value.start); // UTF-16 would differ here
  });

  it('reproduces Label Studio’s own emoji case: "test" at 21–25', () => {
    // web/libs/editor/tests/integration/e2e/ner/emoji.cy.ts in Label Studio's repository
    const text = '🐱 Warning: This is a test text';
    const article: Article = {
      ...sampleArticle(),
      text,
      blocks: [{ type: 'paragraph', runs: [{ text }] }],
      claims: [],
      mentions: [
        {
          id: 'men_t',
          start: 21,
          end: 25,
          quote: 'test',
          prefix: '',
          suffix: '',
          entity: 'ent_meta',
          createdAt: 'x',
        },
      ],
    };
    const [task] = buildLabelStudioTasks(sampleInput([article]));
    expect((task!.annotations![0]!.result[0] as LabelStudioResult).value).toEqual({
      start: 21,
      end: 25,
      text: 'test',
      labels: ['Company'],
    });
  });

  it.each([
    ['annotations', ['data', 'annotations']],
    ['predictions', ['data', 'predictions']],
    ['both', ['data', 'annotations', 'predictions']],
  ] as const)('writes the regions as %s', (as, keys) => {
    const [task] = buildLabelStudioTasks(sampleInput(), { as });
    expect(Object.keys(task!)).toEqual(keys);
    if (task!.predictions) {
      expect(task!.predictions[0]!.model_version).toBe('Factmark test');
      expect(task!.predictions[0]!.result.length).toBe(12);
    }
  });

  it('gives the labelling config that loads the tasks', () => {
    expect(labelStudioConfig(['model', 'data-set'])).toBe(
      [
        '<View>',
        '  <Labels name="label" toName="text">',
        '    <Label value="Claim"/>',
        '    <Label value="Model"/>',
        '    <Label value="Data-set"/>',
        '    <Label value="Entity"/>',
        '    <Label value="Evidence"/>',
        '  </Labels>',
        '  <Relations>',
        '    <Relation value="supports"/>',
        '    <Relation value="refutes"/>',
        '    <Relation value="context"/>',
        '    <Relation value="same-claim"/>',
        '    <Relation value="contradicts"/>',
        '    <Relation value="role:subject"/>',
        '    <Relation value="role:metric"/>',
        '    <Relation value="role:value"/>',
        '    <Relation value="role:unit"/>',
        '    <Relation value="role:qualifier"/>',
        '  </Relations>',
        '  <Text name="text" value="$text"/>',
        '</View>',
        '',
      ].join('\n'),
    );
  });

  it('writes passages as Evidence regions and the relations between regions of one annotation', () => {
    const article = sampleArticle();
    const [claim, other] = article.claims;
    const linked: Article = {
      ...article,
      evidence: [{ ...pick(other!), id: 'evi_1', note: '', createdAt: 'x' }],
      relations: [
        {
          id: 'rel_1',
          type: 'refutes',
          from: { document: article.id, annotation: claim!.id },
          to: { document: article.id, annotation: 'evi_1' },
          createdAt: 'x',
        },
        {
          id: 'rel_2',
          type: 'supports',
          from: { document: article.id, annotation: claim!.id },
          to: { url: 'https://example.org/' },
          createdAt: 'x',
        },
        {
          id: 'rel_3',
          type: 'same-claim',
          from: { document: article.id, annotation: claim!.id },
          to: { document: 'art_elsewhere', annotation: 'clm_far' },
          createdAt: 'x',
        },
      ],
    };
    const [task] = buildLabelStudioTasks(sampleInput([linked]));
    const result = task!.annotations![0]!.result;
    expect(result).toContainEqual(
      expect.objectContaining({
        id: 'evi_1',
        value: expect.objectContaining({ labels: ['Evidence'] }),
      }),
    );
    expect(result.filter((r) => r.type === 'relation')).toEqual([
      {
        type: 'relation',
        from_id: claim!.id,
        to_id: 'evi_1',
        direction: 'right',
        labels: ['refutes'],
      },
    ]);
  });

  it('writes one annotation per annotator, with completed_by, and one for unattributed marks', () => {
    const article = sampleArticle();
    const names = ['Lee', 'Dana', undefined];
    const layered: Article = {
      ...article,
      claims: article.claims.map((c, i) => ({
        ...c,
        ...(names[i % 3] ? { annotator: names[i % 3] } : {}),
      })),
      mentions: article.mentions.map((m) => ({ ...m, annotator: 'Lee' })),
    };
    const [task] = buildLabelStudioTasks({ ...sampleInput(), articles: [layered] });
    const byName = task!.annotations!.map((a) => [a.completed_by, a.result.length]);
    const count = (n: string | undefined) => layered.claims.filter((c) => c.annotator === n).length;
    expect(byName).toEqual([
      ['Dana', count('Dana')],
      ['Lee', count('Lee') + layered.mentions.length],
      [undefined, count(undefined)],
    ]);
  });
});

function pick(span: { start: number; end: number; quote: string; prefix: string; suffix: string }) {
  const { start, end, quote, prefix, suffix } = span;
  return { start, end, quote, prefix, suffix };
}
