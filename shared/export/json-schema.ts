// The JSON Schema of the Factmark export, generated from its zod schema so the two cannot
// disagree. Published as schema/factmark.annotations.v1.schema.json and shipped with the app.
// (The check that every quote equals text[start:end] is beyond JSON Schema; `factmark
// validate` and the zod schema do it.)
import { z } from 'zod';
import { FactmarkExportSchema } from './factmark-json';

export const SCHEMA_ID = 'https://factmark.app/schema/factmark.annotations.v1.schema.json';

export function factmarkJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(FactmarkExportSchema, { target: 'draft-2020-12', io: 'output' });
  return {
    ...schema,
    $id: SCHEMA_ID,
    title: 'Factmark annotations, version 1',
    description:
      'Claims and entity mentions in articles, with code-point offsets into each document text (end exclusive).',
  };
}
