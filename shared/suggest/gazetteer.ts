// The starter gazetteer: well-known AI models, companies and people with their aliases, shipped
// as data (gazetteer.json) and offered as suggestions, never added to the registry by itself.
import { z } from 'zod';
import { EntityTypeIdSchema } from '../model/entities';
import data from './gazetteer.json';
import type { GazetteerEntry } from './types';

export const GazetteerEntrySchema = z.strictObject({
  id: z.string().regex(/^gz_[a-z0-9-]+$/),
  type: EntityTypeIdSchema,
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)),
  links: z
    .strictObject({
      wikidata: z
        .string()
        .regex(/^Q\d+$/)
        .optional(),
      huggingface: z
        .string()
        .regex(/^[\w.-]+\/[\w.-]+$/)
        .optional(),
      homepage: z.url().optional(),
    })
    .optional(),
  description: z.string().min(1).optional(),
}) satisfies z.ZodType<GazetteerEntry>;

/** Checked when loaded, so that a bad edit of the data fails at once and names the entry. */
export const GAZETTEER: readonly GazetteerEntry[] = z.array(GazetteerEntrySchema).parse(data);
