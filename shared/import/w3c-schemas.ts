// The shapes of W3C Web Annotation JSON the importer reads, loosely: unknown keys are allowed,
// and a property that may hold one value or a list is kept as written, so messages can name
// `body.2` or `body` exactly as the file has it.
import { z } from 'zod';
import type { FieldPath } from './errors';

const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]);

export const SelectorSchema = z.looseObject({ type: z.string() });
export const TargetSchema = z.looseObject({
  source: z.string().optional(),
  selector: oneOrMany(SelectorSchema).optional(),
});
export const BodySchema = z.looseObject({
  type: z.string().optional(),
  purpose: z.string().optional(),
  value: z.string().optional(),
  source: z.string().optional(),
  id: z.string().optional(),
  label: z.string().optional(),
  /** A link end's article (SpecificResource `scope`). */
  scope: z.string().optional(),
});
export const AnnotationSchema = z.looseObject({
  id: z.string().optional(),
  type: oneOrMany(z.string()).optional(),
  motivation: oneOrMany(z.string()).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: oneOrMany(z.union([BodySchema, z.string()])).optional(),
  /** Who made it: a Person (or Agent) with a `name`, or an address; the first named one counts. */
  creator: oneOrMany(
    z.union([z.looseObject({ name: z.unknown().optional() }), z.string()]),
  ).optional(),
  bodyValue: z.string().optional(),
  target: oneOrMany(z.union([TargetSchema, z.string()])),
});
export type AnnotationInput = z.infer<typeof AnnotationSchema>;
export type TargetInput = z.infer<typeof TargetSchema> | string;
export type BodyInput = z.infer<typeof BodySchema> | string;

export const PositionSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export const QuoteSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

/** The values of a one-or-many property, each with its path: `body.2`, or `body` for one. */
export function entriesAt<T>(value: T | T[] | undefined, path: FieldPath): Array<[T, FieldPath]> {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.map((v, k) => [v, [...path, k]]);
  return [[value, path]];
}
