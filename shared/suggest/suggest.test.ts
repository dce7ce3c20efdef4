import { describe, expect, it } from 'vitest';
import { emptyRegistry, type EntityRegistry } from '../model/entities';
import { GAZETTEER } from './gazetteer';
import { suggestAnnotations } from './suggest';
import { hostileLines } from './__fixtures__/hostile-lines';

const registry: EntityRegistry = {
  ...emptyRegistry(),
  entities: [
    { id: 'ent_mav', type: 'model', name: 'Llama 4 Maverick', aliases: [], links: {} },
    { id: 'ent_meta', type: 'company', name: 'Meta', aliases: [], links: {} },
  ],
};

const TEXT =
  '🦙 Meta’s Maverick achieves 73.5% on MMLU.\n\nGPT-4o is by OpenAI. Researcher Ada Lovelace joined Microsoft.';

describe('suggestAnnotations', () => {
  it('links gazetteer names to the registry entity that shares a name', () => {
    const { mentions } = suggestAnnotations(TEXT, { registry, gazetteer: GAZETTEER });
    const byQuote = Object.fromEntries(mentions.map((m) => [m.quote, m]));
    expect(byQuote.Maverick).toMatchObject({
      entity: 'ent_mav',
      name: 'Llama 4 Maverick',
      source: 'registry',
      gazetteerId: 'gz_llama-4-maverick',
    });
    expect(byQuote.Meta).toMatchObject({ entity: 'ent_meta', source: 'registry' });
    expect(byQuote.OpenAI).toMatchObject({ source: 'gazetteer', gazetteerId: 'gz_openai' });
    expect(byQuote.OpenAI!.entity).toBeUndefined();
  });

  it('counts code points, sorts by start, and quotes the text exactly', () => {
    const { mentions, claims } = suggestAnnotations(TEXT, { registry, gazetteer: GAZETTEER });
    const points = [...TEXT];
    for (const s of [...mentions, ...claims]) {
      expect(points.slice(s.start, s.end).join('')).toBe(s.quote);
    }
    expect(mentions.map((m) => m.start)).toEqual(
      [...mentions.map((m) => m.start)].sort((a, b) => a - b),
    );
    expect(mentions[0]).toMatchObject({ id: 'sm_2_6', start: 2, end: 6, quote: 'Meta' });
  });

  it('without the gazetteer: registry names, model patterns and NER, known first', () => {
    const { mentions } = suggestAnnotations(TEXT, { registry });
    const summary = mentions.map((m) => `${m.quote}:${m.type}:${m.source}:${m.entity ?? '-'}`);
    expect(summary).toEqual([
      'Meta:company:registry:ent_meta',
      // the registry's "Llama 4 Maverick" has no alias "Maverick" without the gazetteer
      'GPT-4o:model:model-pattern:-',
      'Ada Lovelace:person:ner:-',
      'Microsoft:company:ner:-',
    ]);
  });

  it('suggests claims with their reasons and structured form', () => {
    const { claims } = suggestAnnotations(TEXT, { registry, gazetteer: GAZETTEER });
    expect(claims[0]).toMatchObject({
      id: 'sc_0_41',
      quote: '🦙 Meta’s Maverick achieves 73.5% on MMLU.',
      structured: { subject: 'ent_mav', metric: 'MMLU', value: '73.5', unit: '%' },
    });
    expect(claims[0]!.reasons).toEqual(expect.arrayContaining(['benchmark', 'percentage']));
  });

  it('leaves out what exists already and what was rejected', () => {
    const first = suggestAnnotations(TEXT, { registry, gazetteer: GAZETTEER });
    const meta = first.mentions.find((m) => m.quote === 'Meta')!;
    const maverick = first.mentions.find((m) => m.quote === 'Maverick')!;
    const openai = first.mentions.find((m) => m.quote === 'OpenAI')!;
    const again = suggestAnnotations(TEXT, {
      registry,
      gazetteer: GAZETTEER,
      existing: {
        // the same span tagged with another entity, and the same entity at the same place
        mentions: [
          { start: meta.start, end: meta.end, entity: 'ent_other' },
          { start: maverick.start, end: maverick.end + 1, entity: 'ent_mav' },
        ],
        claims: [
          { start: 10, end: 20 },
          { start: 60, end: 70 },
        ],
      },
      rejected: [openai.id],
    });
    expect(again.mentions.map((m) => m.quote)).not.toContain('Meta');
    expect(again.mentions.map((m) => m.quote)).not.toContain('Maverick');
    expect(again.mentions.map((m) => m.quote)).not.toContain('OpenAI');
    expect(again.mentions.map((m) => m.quote)).toContain('GPT-4o');
    expect(again.claims).toEqual([]);
    expect(suggestAnnotations(TEXT, { registry, rejected: [first.claims[0]!.id] }).claims).toEqual(
      [],
    );
  });

  it('returns nothing for an empty text', () => {
    expect(suggestAnnotations('', { registry })).toEqual({ mentions: [], claims: [] });
  });
});

describe('suggestAnnotations on hostile 1 MB lines', () => {
  it.each(hostileLines())('$label', (hostile) => {
    const found = suggestAnnotations(hostile.text, {
      registry: emptyRegistry(),
      gazetteer: GAZETTEER,
    });
    expect(found.mentions).toHaveLength(hostile.mentions);
    expect(found.claims).toHaveLength(hostile.claims);
    // A "sentence" this long is suggested without structured fields (MAX_STRUCTURED_SENTENCE).
    for (const claim of found.claims) expect(claim.structured).toBeUndefined();
  });
});
