// Reads a claim's structured form from its words: the subject entity, the benchmark or quantity,
// its value and unit, and how it was measured ("Maverick … HumanEval (passing rate of 86.3%)"
// → Llama 4 Maverick · HumanEval · 86.3 · % · passing rate). Fills only what it can read.
import type { EntityRegistry } from '../model/entities';
import { CodePointIndex } from '../text/code-points';
import { BENCHMARK_MATCHER } from './benchmarks';
import { EntityMatcher } from './entity-matcher';
import { registryEntries } from './known-entries';
import { findModelNames } from './model-patterns';
import type { StructuredClaimFields } from './types';

export interface StructuredClaimContext {
  /** Mentions inside the quote, offsets in code points relative to the quote. */
  mentions: readonly { start: number; end: number; entity: string }[];
  registry: EntityRegistry;
  /**
   * The mentions are every registry name in the quote (the engine found them in the whole
   * text), so an empty list means no subject rather than "look the names up".
   */
  mentionsComplete?: boolean;
}

/** A number with what follows it: "86.3%", "$2 billion", "400 billion", "17B", "1,200 Elo". */
const UNITS = [
  ...['%', 'percent\\b', 'per cent\\b', 'percentage points?\\b', 'points?\\b', 'pp\\b'],
  ...['[BMT]\\b', 'billion\\b', 'million\\b', 'trillion\\b', 'x\\b', '×', 'Elo\\b'],
];
const AMOUNT = '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)'; // 1,402 or 73.5
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\p{N}.,])([$€£])?\\s?${AMOUNT}(?:\\s?(${UNITS.join('|')}))?`,
  'gu',
);

const QUALIFIERS = [
  ...['pass@\\d+', 'maj@\\d+', 'cons@\\d+', '\\d+-shot', 'zero-shot', 'one-shot', 'few-shot'],
  ...['chain-of-thought', 'CoT', 'accuracy', 'pass(?:ing)? rate', 'win rate', 'exact match'],
  ...['F1', 'top-[15]', 'BLEU', 'ROUGE(?:-L)?', 'WER'],
];
const QUALIFIER = new RegExp(`\\b(?:${QUALIFIERS.join('|')})(?![\\w@-])`, 'gi');

interface Quantity {
  at: number;
  end: number;
  value: string;
  unit?: string;
}

export function readStructuredClaim(
  quote: string,
  context: StructuredClaimContext,
): StructuredClaimFields {
  const index = new CodePointIndex(quote);
  const benchmarks = BENCHMARK_MATCHER.find(quote, index).map((b) => ({
    name: b.name,
    at: index.toUtf16(b.start),
    end: index.toUtf16(b.end),
  }));
  // Digits inside names ("GPT-4o", "MATH-500", "Llama 4") are not values.
  const names = [
    ...benchmarks,
    ...findModelNames(quote, index).map((m) => ({
      at: index.toUtf16(m.start),
      end: index.toUtf16(m.end),
    })),
    ...context.mentions.map((m) => ({ at: index.toUtf16(m.start), end: index.toUtf16(m.end) })),
  ];
  const quantities = readQuantities(quote).filter(
    (q) => !names.some((n) => q.at < n.end && n.at < q.end),
  );

  const fields: StructuredClaimFields = {};
  const subject = readSubject(quote, index, context);
  if (subject) fields.subject = subject;

  const measured = pairBenchmark(benchmarks, quantities) ?? readCount(quote, quantities);
  if (measured) {
    if (measured.metric) fields.metric = measured.metric;
    fields.value = measured.quantity.value;
    if (measured.quantity.unit) fields.unit = measured.quantity.unit;
    const qualifier = nearest([...quote.matchAll(QUALIFIER)], measured.quantity.at);
    if (qualifier) fields.qualifier = qualifier[0];
  } else if (benchmarks[0]) {
    fields.metric = benchmarks[0].name;
  }
  return fields;
}

function readQuantities(quote: string): Quantity[] {
  return [...quote.matchAll(QUANTITY)].map((m) => {
    const [text, currency, value, unit] = m;
    const quantity: Quantity = { at: m.index, end: m.index + text.length, value: value! };
    const normalized = currency ?? normalizeUnit(unit);
    if (normalized) quantity.unit = normalized;
    if (currency && unit && /illion/.test(unit)) quantity.unit = `${currency} ${unit}`;
    return quantity;
  });
}

function normalizeUnit(unit: string | undefined): string | undefined {
  if (!unit) return undefined;
  if (/^(?:percent|per cent)$/i.test(unit)) return '%';
  if (/^percentage points?$/i.test(unit)) return 'percentage points';
  return unit;
}

/**
 * The first benchmark (in reading order) with a value beside it; each value goes to the
 * benchmark nearest to it, so "86.3% on HumanEval and 73.5% on MMLU" pairs both right.
 */
function pairBenchmark(
  benchmarks: readonly { name: string; at: number; end: number }[],
  quantities: readonly Quantity[],
): { metric?: string; quantity: Quantity } | null {
  if (benchmarks.length === 0) return null;
  const distance = (q: Quantity, b: { at: number; end: number }) =>
    q.at >= b.end ? q.at - b.end : b.at - q.end;
  for (const b of benchmarks) {
    const own = quantities.filter((q) =>
      benchmarks.every((other) => distance(q, b) <= distance(q, other)),
    );
    // A value with a unit ("86.3%") is the result; a bare number may be a year or a count.
    const best = [...own].sort(
      (x, y) => Number(!x.unit) - Number(!y.unit) || distance(x, b) - distance(y, b),
    )[0];
    if (best) return { metric: b.name, quantity: best };
  }
  return null;
}

/** Without a benchmark: a parameter count, an amount of money or a percentage. */
function readCount(
  quote: string,
  quantities: readonly Quantity[],
): { metric?: string; quantity: Quantity } | null {
  for (const q of quantities) {
    const after = quote.slice(q.end, q.end + 40);
    const param = /^\s*(?:(active|total)\s+)?(?:inference\s+)?param/i.exec(after);
    if (param && q.unit && /^(?:[BMT]|billion|million|trillion)$/.test(q.unit)) {
      return {
        metric: param[1] ? `${param[1].toLowerCase()} parameters` : 'parameters',
        quantity: q,
      };
    }
  }
  const money = quantities.find((q) => q.unit && /^[$€£]/.test(q.unit));
  if (money) return { quantity: money };
  const percent = quantities.find((q) => q.unit === '%');
  return percent ? { quantity: percent } : null;
}

/** The entity the claim is about: the first model mentioned, else the first entity. */
function readSubject(
  quote: string,
  index: CodePointIndex,
  context: StructuredClaimContext,
): string | undefined {
  let mentions = [...context.mentions];
  const known = registryIndex(context.registry);
  if (mentions.length === 0 && !context.mentionsComplete && context.registry.entities.length > 0) {
    mentions = known.matcher
      .find(quote, index)
      .flatMap((m) => (m.entity ? [{ start: m.start, end: m.end, entity: m.entity }] : []));
  }
  mentions.sort((a, b) => a.start - b.start);
  return (mentions.find((m) => known.typeOf.get(m.entity) === 'model') ?? mentions[0])?.entity;
}

/** The registry's names compiled, and its types by id: built once per registry object. */
const registryIndexes = new WeakMap<
  EntityRegistry,
  { matcher: EntityMatcher; typeOf: Map<string, string> }
>();
function registryIndex(registry: EntityRegistry) {
  let known = registryIndexes.get(registry);
  if (!known) {
    known = {
      matcher: new EntityMatcher(registryEntries(registry)),
      typeOf: new Map(registry.entities.map((e) => [e.id, e.type])),
    };
    registryIndexes.set(registry, known);
  }
  return known;
}

function nearest(matches: readonly RegExpMatchArray[], at: number): RegExpMatchArray | undefined {
  return [...matches].sort(
    (a, b) => Math.abs((a.index ?? 0) - at) - Math.abs((b.index ?? 0) - at),
  )[0];
}
