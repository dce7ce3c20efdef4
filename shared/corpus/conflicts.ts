// Conflicting claims: the same subject and metric with different values in different articles
// (after normalising "73.50" to "73.5", "1,000" to "1000" and "percent" to "%").
import type { CorpusRow } from './corpus-rows';
import { foldQuery } from './searchable-text';

/** A value another article gives for the same subject and metric. */
export interface OtherValue {
  /** As written there, with its unit ("73.1 %"). */
  display: string;
  articleId: string;
  title: string;
  claimId: string;
}

/** Units written in different ways that mean the same. */
const UNIT_SYNONYMS: Record<string, string> = {
  percent: '%',
  'per cent': '%',
  pct: '%',
  'percentage points': 'pp',
  'percentage point': 'pp',
  billion: 'b',
  bn: 'b',
  million: 'm',
  mn: 'm',
  mio: 'm',
  thousand: 'k',
  tokens: 'token',
  parameters: 'parameter',
  params: 'parameter',
};

const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*\.?\d+)(?:e([+-]?\d+))?\s*(.*)$/i;

/** A unit in comparison form. */
export function normalizeUnit(unit: string): string {
  const folded = foldQuery(unit).replace(/\s+/g, ' ');
  return UNIT_SYNONYMS[folded] ?? folded;
}

/**
 * A value and unit in comparison form: a number written plainly ("73.50" → "73.5", "1,000" →
 * "1000"), a unit written after the number moved to the unit, units by their usual symbol.
 * Text that is not a number compares folded.
 */
export function normalizeValue(value: string, unit = ''): string {
  const trimmed = value.trim();
  const number = NUMBER.exec(trimmed);
  if (!number) return `${foldQuery(trimmed)}|${normalizeUnit(unit)}`;
  const [, sign, digits, exponent, rest] = number;
  const parsed = Number(`${sign}${digits!.replace(/,/g, '')}${exponent ? `e${exponent}` : ''}`);
  const unitText = [rest, unit].filter((u) => u && u.trim()).join(' ');
  return `${String(parsed)}|${normalizeUnit(unitText)}`;
}

/** The subject-and-metric a row states a value for, or null. */
export function statementKey(row: CorpusRow): string | null {
  const s = row.claim.structured;
  if (!s?.subject || !s.metric?.trim() || !s.value?.trim()) return null;
  return `${s.subject}\u0000${foldQuery(s.metric).replace(/\s+/g, ' ')}`;
}

function otherValue(row: CorpusRow): OtherValue {
  const s = row.claim.structured!;
  const unit = s.unit?.trim();
  return {
    display: unit ? `${s.value!.trim()} ${unit}` : s.value!.trim(),
    articleId: row.articleId,
    title: row.title,
    claimId: row.claim.id,
  };
}

/**
 * For each conflicting row (by key), the values other articles give for its subject and
 * metric that differ from its own, one per distinct value.
 */
export function findConflicts(rows: readonly CorpusRow[]): Map<string, OtherValue[]> {
  const groups = new Map<string, CorpusRow[]>();
  for (const row of rows) {
    const key = statementKey(row);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const conflicts = new Map<string, OtherValue[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Rows by value, so each row looks at the few values rather than at every other row.
    const byValue = new Map<string, CorpusRow[]>();
    for (const row of group) {
      const value = normalizeValue(row.claim.structured!.value!, row.claim.structured!.unit);
      const same = byValue.get(value);
      if (same) same.push(row);
      else byValue.set(value, [row]);
    }
    if (byValue.size < 2) continue;
    // Each value as other articles see it: its first row, and the first from another article
    // (for rows of the first one's own article).
    const shown = [...byValue].map(([value, candidates]) => {
      const first = candidates[0]!;
      const second = candidates.find((c) => c.articleId !== first.articleId);
      return { value, first: otherValue(first), second: second && otherValue(second) };
    });
    for (const [value, rowsWithValue] of byValue) {
      for (const row of rowsWithValue) {
        const others: OtherValue[] = [];
        for (const s of shown) {
          if (s.value === value) continue;
          const other = s.first.articleId !== row.articleId ? s.first : s.second;
          if (other) others.push(other);
        }
        if (others.length > 0) conflicts.set(row.key, others);
      }
    }
  }
  return conflicts;
}
