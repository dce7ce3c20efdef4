import { describe, expect, it } from 'vitest';
import { EntityMatcher, findEntityMentions, settleOverlaps } from './entity-matcher';
import type { MatchEntry } from './types';

const ENTRIES: MatchEntry[] = [
  {
    key: 'meta',
    type: 'company',
    names: ['Meta', 'Meta Platforms'],
    canonical: 'Meta',
    gazetteerId: 'gz_meta',
  },
  { key: 'xai', type: 'company', names: ['xAI'], canonical: 'xAI', gazetteerId: 'gz_xai' },
  { key: 'phi', type: 'model', names: ['Phi'], canonical: 'Phi', gazetteerId: 'gz_phi' },
  { key: 'openai', type: 'company', names: ['OpenAI'], canonical: 'OpenAI', entity: 'ent_openai' },
  { key: 'l4', type: 'model', names: ['Llama 4'], canonical: 'Llama 4', gazetteerId: 'gz_llama-4' },
  {
    key: 'mav',
    type: 'model',
    names: ['Llama 4 Maverick', 'Maverick', 'Llama-4-Maverick-17B-128E-Instruct'],
    canonical: 'Llama 4 Maverick',
    entity: 'ent_mav',
    gazetteerId: 'gz_llama-4-maverick',
  },
  {
    key: 'hf',
    type: 'company',
    names: ['Hugging Face'],
    canonical: 'Hugging Face',
    gazetteerId: 'gz_hf',
  },
  { key: 'gpt4', type: 'model', names: ['GPT-4'], canonical: 'GPT-4' },
  { key: 'gpt45', type: 'model', names: ['GPT-4.5'], canonical: 'GPT-4.5' },
  { key: 'gpt4o', type: 'model', names: ['GPT-4o'], canonical: 'GPT-4o' },
  { key: '01ai', type: 'company', names: ['01.AI'], canonical: '01.AI' },
  { key: 'dalle', type: 'model', names: ['DALL·E 3'], canonical: 'DALL·E 3' },
  { key: 'schmid', type: 'person', names: ['Jürgen Schmidhuber'], canonical: 'Jürgen Schmidhuber' },
  { key: 'qwen', type: 'model', names: ['Qwen2.5'], canonical: 'Qwen2.5' },
];

/** Each found mention as `quote→canonical`. */
const found = (text: string) =>
  findEntityMentions(text, ENTRIES).map((m) => `${m.quote}→${m.name}`);

describe('findEntityMentions', () => {
  it.each([
    // whole words only
    ['Metadata and the metaverse, not Meta.', ['Meta→Meta']],
    ['Metaverse: META is shouting, meta is a word', []],
    // case rules: short names and acronyms exact, long names in any case
    ['xAI, XAI and xai', ['xAI→xAI']],
    ['Phi, phi and PHI', ['Phi→Phi']],
    ['HUGGING FACE and hugging face', ['HUGGING FACE→Hugging Face', 'hugging face→Hugging Face']],
    ['gpt-4o and GPT-4O', ['gpt-4o→GPT-4o', 'GPT-4O→GPT-4o']],
    // possessives end the mention before the apostrophe
    ["Meta’s model, Meta's model, OpenAI’s model", ['Meta→Meta', 'Meta→Meta', 'OpenAI→OpenAI']],
    // hyphen and space spellings of one name
    [
      'Llama-4-Maverick, Llama 4 Maverick, Llama 4-Maverick, Llama4 Maverick',
      [
        'Llama-4-Maverick→Llama 4 Maverick',
        'Llama 4 Maverick→Llama 4 Maverick',
        'Llama 4-Maverick→Llama 4 Maverick',
        'Llama4 Maverick→Llama 4 Maverick',
      ],
    ],
    // the longest name wins; an alias alone maps to its entity
    [
      'Llama 4 and Llama 4 Maverick; Maverick alone',
      ['Llama 4→Llama 4', 'Llama 4 Maverick→Llama 4 Maverick', 'Maverick→Llama 4 Maverick'],
    ],
    [
      'Llama-4-Maverick-17B-128E-Instruct is on the hub',
      ['Llama-4-Maverick-17B-128E-Instruct→Llama 4 Maverick'],
    ],
    ['Meta Platforms said', ['Meta Platforms→Meta']],
    // a dot inside a name is kept; a sentence's full stop is not part of it
    ['GPT-4.5 beats GPT-4. Then GPT-4o.', ['GPT-4.5→GPT-4.5', 'GPT-4→GPT-4', 'GPT-4o→GPT-4o']],
    ['01.AI and Qwen2.5 and DALL·E 3', ['01.AI→01.AI', 'Qwen2.5→Qwen2.5', 'DALL·E 3→DALL·E 3']],
    ['Qwen2 and Qwen2.55 are not Qwen2.5', ['Qwen2.5→Qwen2.5']],
    // no match across a line break
    ['Llama\n4 Maverick', ['Maverick→Llama 4 Maverick']],
    // accents: an accented name in any case, and its unaccented spelling when long
    [
      'Jürgen Schmidhuber, JÜRGEN SCHMIDHUBER, Jurgen Schmidhuber',
      [
        'Jürgen Schmidhuber→Jürgen Schmidhuber',
        'JÜRGEN SCHMIDHUBER→Jürgen Schmidhuber',
        'Jurgen Schmidhuber→Jürgen Schmidhuber',
      ],
    ],
    // curly quotes and CJK text around a name
    ['“Meta”说，Meta的模型「Llama 4」', ['Meta→Meta', 'Llama 4→Llama 4']],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('counts code points, not UTF-16 units, after emoji', () => {
    const text = '🦙🦙 Llama 4 Maverick by 𝐌 Meta';
    const mentions = findEntityMentions(text, ENTRIES);
    expect(mentions.map((m) => [m.start, m.end])).toEqual([
      [3, 19],
      [25, 29],
    ]);
    for (const m of mentions) expect([...text].slice(m.start, m.end).join('')).toBe(m.quote);
    expect(mentions[0]).toMatchObject({
      id: 'sm_3_19',
      entity: 'ent_mav',
      gazetteerId: 'gz_llama-4-maverick',
      source: 'registry',
      type: 'model',
    });
    expect(mentions[1]).toMatchObject({ source: 'gazetteer', gazetteerId: 'gz_meta' });
    expect(mentions[1]!.entity).toBeUndefined();
  });

  it('reports a name without registry or gazetteer id as found by NER', () => {
    expect(
      findEntityMentions('Ada Lovelace wrote', [
        { key: 'ada', type: 'person', names: ['Ada Lovelace'], canonical: 'Ada Lovelace' },
      ])[0],
    ).toMatchObject({ source: 'ner', name: 'Ada Lovelace' });
  });

  it('reuses one compiled matcher across texts', () => {
    const matcher = new EntityMatcher(ENTRIES);
    expect(matcher.find('Meta').length).toBe(1);
    expect(matcher.find('xAI and Meta').length).toBe(2);
  });
});

describe('settleOverlaps', () => {
  it('keeps the longest of overlapping spans, the earlier on a tie', () => {
    expect(
      settleOverlaps([
        { start: 0, end: 4 },
        { start: 0, end: 12 },
        { start: 10, end: 20 },
        { start: 14, end: 24 },
        { start: 30, end: 32 },
      ]),
    ).toEqual([
      { start: 0, end: 12 },
      { start: 14, end: 24 },
      { start: 30, end: 32 },
    ]);
  });
});
