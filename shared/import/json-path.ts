// The path of a field inside a JSON document as people and tools write it
// (`documents[0].claims[3].end`), for every message that names a bad field.

/** Keys written after a dot; any other key is written in brackets as a JSON string. */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['documents', 0, 'claims', 3, 'end']` → `documents[0].claims[3].end`; `[]` → `(root)`. */
export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(root)';
  let written = '';
  for (const key of path) {
    if (typeof key === 'number') written += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) {
      written += written ? `.${key}` : key;
    } else written += `[${JSON.stringify(String(key))}]`;
  }
  return written;
}
