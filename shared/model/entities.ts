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
  /** The key that picks this type while tagging: one character (`1`, `b`). */
  shortcut: z
    .string()
    .regex(/^[\p{L}\p{N}]$/u, 'a shortcut is one letter or digit')
    .optional(),
});
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const DEFAULT_ENTITY_TYPES: EntityType[] = [
  { id: 'model', label: 'Model', color: '#7c3aed', shortcut: '1' },
  { id: 'company', label: 'Company', color: '#0369a1', shortcut: '2' },
  { id: 'person', label: 'Person', color: '#b45309', shortcut: '3' },
];

/**
 * An entity id (`ent_…`). Checked on every way in (contract, imports, files), so an id such as
 * `constructor` or `__proto__` can never name a built-in property of a lookup object.
 */
export const EntityIdSchema = z.string().regex(/^ent_[A-Za-z0-9_-]{1,128}$/, 'not an entity id');

export const EntitySchema = z.object({
  id: EntityIdSchema,
  type: EntityTypeIdSchema,
  name: z.string().trim().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** External identifiers, e.g. `{ "wikidata": "Q…", "huggingface": "meta-llama/…" }`. */
  links: z.record(z.string(), z.string()).default({}),
  description: z.string().optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

/** Registry-wide preferences. */
export const RegistrySettingsSchema = z.object({
  /** Offer names from the built-in gazetteer of well-known AI models, companies and people. */
  gazetteer: z.boolean().default(true),
});
export type RegistrySettings = z.infer<typeof RegistrySettingsSchema>;

/**
 * The library-wide entity registry. Merges and deletions are recorded here rather than by
 * rewriting every article: `redirects` sends a merged entity's id to its survivor, `deleted`
 * lists entities whose tags and mentions are no longer shown or exported (see registry-ops).
 */
export const EntityRegistrySchema = z.object({
  types: z.array(EntityTypeSchema),
  entities: z.array(EntitySchema),
  /** Merged entity id → the id it was merged into (which may itself be merged later). */
  redirects: z.record(EntityIdSchema, EntityIdSchema).default({}),
  /** Ids of deleted entities (tombstones): references to them are dropped when resolved. */
  deleted: z.array(EntityIdSchema).default([]),
  settings: RegistrySettingsSchema.default({ gazetteer: true }),
  /** Counts the saves of the registry; a save based on an older revision is refused. */
  revision: z.number().int().nonnegative().optional(),
});
export type EntityRegistry = z.infer<typeof EntityRegistrySchema>;

export function emptyRegistry(): EntityRegistry {
  return {
    types: DEFAULT_ENTITY_TYPES.map((t) => ({ ...t })),
    entities: [],
    redirects: {},
    deleted: [],
    settings: { gazetteer: true },
  };
}
