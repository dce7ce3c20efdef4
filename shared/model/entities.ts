// Entities: the things claims are about (models, companies, people, and types users add).
import { z } from 'zod';

export const BUILT_IN_ENTITY_TYPES = ['model', 'company', 'person'] as const;

/** A type id: lowercase letters, digits and dashes (`model`, `benchmark`, `data-set`). */
export const EntityTypeIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'an entity type is lowercase letters, digits and dashes');
export type EntityTypeId = z.infer<typeof EntityTypeIdSchema>;

export const EntityTypeSchema = z.object({
  id: EntityTypeIdSchema,
  label: z.string().min(1),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const DEFAULT_ENTITY_TYPES: EntityType[] = [
  { id: 'model', label: 'Model', color: '#7c3aed' },
  { id: 'company', label: 'Company', color: '#0369a1' },
  { id: 'person', label: 'Person', color: '#b45309' },
];

export const EntitySchema = z.object({
  id: z.string().regex(/^ent_[A-Za-z0-9_-]+$/),
  type: EntityTypeIdSchema,
  name: z.string().trim().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** External identifiers, e.g. `{ "wikidata": "Q…", "huggingface": "meta-llama/…" }`. */
  links: z.record(z.string(), z.string()).default({}),
  description: z.string().optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

/** The library-wide entity registry. */
export const EntityRegistrySchema = z.object({
  types: z.array(EntityTypeSchema),
  entities: z.array(EntitySchema),
});
export type EntityRegistry = z.infer<typeof EntityRegistrySchema>;

export function emptyRegistry(): EntityRegistry {
  return { types: DEFAULT_ENTITY_TYPES.map((t) => ({ ...t })), entities: [] };
}
