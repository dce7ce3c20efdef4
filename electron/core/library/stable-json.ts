// JSON with object keys in sorted order, pretty-printed: the same data always gives the same
// bytes, so a library kept in git shows small diffs and two machines writing it agree.

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function sortKeys(_key: string, value: unknown): unknown {
  if (!isPlainObject(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = value[key];
  return sorted;
}

/** `value` as pretty-printed JSON with sorted keys and a final newline. */
export function stableStringify(value: unknown): string {
  return `${JSON.stringify(value, sortKeys, 2)}\n`;
}
