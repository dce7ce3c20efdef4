// The published JSON Schema must be the one generated from the zod schema. Regenerate with
// UPDATE_SCHEMA=1 npx vitest run electron/core/export/published-schema.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factmarkJsonSchema } from '../../../shared/export/json-schema';

const FILE = resolve(__dirname, '../../../schema/factmark.annotations.v1.schema.json');

describe('published JSON Schema', () => {
  const generated = `${JSON.stringify(factmarkJsonSchema(), null, 2)}\n`;
  if (process.env.UPDATE_SCHEMA) writeFileSync(FILE, generated);

  it('matches the zod schema', () => {
    expect(existsSync(FILE)).toBe(true);
    expect(readFileSync(FILE, 'utf8')).toBe(generated);
  });

  it('describes the fields of docs/ARCHITECTURE.md', () => {
    const schema = factmarkJsonSchema() as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'format',
        'version',
        'exportedAt',
        'generator',
        'entities',
        'documents',
      ]),
    );
  });

  it('describes the re-anchoring fields: anchor and previousQuote on spans, orphans apart', () => {
    type Props = { properties: Record<string, Record<string, unknown>> };
    const documents = (factmarkJsonSchema() as { properties: { documents: { items: Props } } })
      .properties.documents.items;
    const items = (key: string) => (documents.properties[key] as { items: Props }).items;
    for (const kind of ['claims', 'mentions']) {
      expect(items(kind).properties.anchor).toEqual({
        type: 'string',
        enum: ['anchored', 'drifted'],
      });
      expect(items(kind).properties.previousQuote).toEqual({ type: 'string' });
    }
    expect(Object.keys(items('orphans').properties)).toEqual(
      expect.arrayContaining(['quote', 'prefix', 'suffix', 'lastStart', 'lastEnd', 'textVersion']),
    );
  });
});
