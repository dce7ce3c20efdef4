// Decodes HTML character references in text that no HTML parser has seen (marked leaves them in
// its text tokens), with the full HTML table of the `entities` package. As CommonMark reads
// them: only a reference closed by `;` counts, and an unknown name stays as written.
import { decodeHTMLStrict } from 'entities';

export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}
