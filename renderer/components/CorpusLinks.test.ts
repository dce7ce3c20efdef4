import { describe, expect, it } from 'vitest';
import { createClaim, createEvidencePassage, createMention } from '../../shared/model/annotate';
import type { CorpusDocument } from '../../shared/corpus/corpus-document';
import type { Relation } from '../../shared/model/relations';
import { CodePointIndex } from '../../shared/text/code-points';
import { corpusLinks } from './CorpusLinks';

const AT = '2026-01-01T00:00:00.000Z';
const TEXT = 'Maverick scores 62.5% on HumanEval.';

describe('corpusLinks', () => {
  it('lists a claim’s evidence and claim links under its row, not its roles', () => {
    const index = new CodePointIndex(TEXT);
    const claim = createClaim(index, 0, 34, AT);
    const mention = createMention(index, 0, 8, 'ent_maverick', AT);
    const passage = createEvidencePassage(index, 16, 21, AT);
    const link = (id: string, type: Relation['type'], to: string): Relation => ({
      id,
      type,
      from: { document: 'art_a', annotation: claim.id },
      to: { document: 'art_a', annotation: to },
      createdAt: AT,
    });
    const document: CorpusDocument = {
      articleId: 'art_a',
      title: 'A',
      updatedAt: AT,
      claims: [claim],
      mentions: [mention],
      evidence: [passage],
      relations: [
        link('rel_role', 'role:subject', mention.id),
        link('rel_supports', 'supports', passage.id),
      ],
    };
    const links = corpusLinks([document]);
    const row = links.byClaim.get(`art_a/${claim.id}`);
    expect(row?.map((v) => v.relation.id)).toEqual(['rel_supports']);
    // every link is still there for the suggestions
    expect(links.relations.map((r) => r.id)).toEqual(['rel_role', 'rel_supports']);
  });
});
