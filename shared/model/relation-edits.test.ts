import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import { createClaim, createEvidencePassage, createMention } from './annotate';
import { annotationState, placedAnnotation } from './relation-edits';
import { orphanOf } from './reload';

const AT = '2026-01-01T00:00:00.000Z';
const index = new CodePointIndex('Maverick scores 62.5% on HumanEval.');
const claim = createClaim(index, 0, 34, AT);
const mention = createMention(index, 0, 8, 'ent_maverick', AT);
const passage = createEvidencePassage(index, 16, 21, AT);
const article = {
  id: 'art_a',
  title: 'A',
  claims: [claim],
  mentions: [mention],
  evidence: [passage],
  orphans: [
    orphanOf(
      'mention',
      { ...createMention(index, 25, 34, 'ent_humaneval', AT), id: 'men_orphan' },
      'v1',
      AT,
    ),
  ],
};

describe('placedAnnotation and annotationState', () => {
  it.each([
    ['a claim', claim.id, claim, 'placed'],
    ['a mention', mention.id, mention, 'placed'],
    ['a passage', passage.id, passage, 'placed'],
    ['an orphan', 'men_orphan', undefined, 'orphan'],
    ['an id not there', 'clm_gone', undefined, 'missing'],
  ] as const)('%s', (_, id, placed, state) => {
    expect(placedAnnotation(article, id)).toBe(placed);
    expect(annotationState(article, id)).toBe(state);
  });
});
