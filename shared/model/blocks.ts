// The structured block model: what every source (web page, Markdown, text, PDF, paste) becomes
// in the host, and the only form of an article the renderer receives. It carries text and a
// few marks, never HTML, so nothing from a source can run in the renderer.
import { z } from 'zod';
import { withoutControlCharacters } from '../text/control-characters';

/** Link targets that may reach the reader; anything else is dropped where the model is built. */
export const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

export function safeHref(href: string | null | undefined): string | undefined {
  const trimmed = href?.trim();
  return trimmed && SAFE_HREF.test(trimmed) ? trimmed : undefined;
}

export const MarkSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('code') }),
  z.object({
    type: z.literal('link'),
    href: z.string().regex(SAFE_HREF, 'link targets are http(s) or mailto only'),
  }),
]);
export type Mark = z.infer<typeof MarkSchema>;

export const TextRunSchema = z.object({
  text: z.string().min(1),
  marks: z.array(MarkSchema).optional(),
});
export type TextRun = z.infer<typeof TextRunSchema>;

export const BLOCK_TYPES = [
  'title',
  'heading',
  'paragraph',
  'listItem',
  'quote',
  'code',
  'tableCell',
] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

export const BlockSchema = z.object({
  type: z.enum(BLOCK_TYPES),
  /** heading level 2–6 (the title is the only level-1 heading) */
  level: z.number().int().min(1).max(6).optional(),
  /** list items: numbered or bulleted, nesting depth from 0, and number for ordered lists */
  ordered: z.boolean().optional(),
  depth: z.number().int().min(0).max(20).optional(),
  number: z.number().int().optional(),
  /** table cells: position in their table; a header cell when true */
  row: z.number().int().min(0).optional(),
  column: z.number().int().min(0).optional(),
  header: z.boolean().optional(),
  /** the page (from 1) of a paged source such as a PDF where the block starts */
  page: z.number().int().min(1).optional(),
  /**
   * set when the block stands in for content that is not text, such as an image: its text is a
   * description (`[Image: alt text]`) and nothing is fetched
   */
  placeholder: z.enum(['image']).optional(),
  runs: z.array(TextRunSchema).min(1),
});
export type Block = z.infer<typeof BlockSchema>;
/** What a block carries besides its type and text: level, list, table place, placeholder. */
export type BlockAttrs = Omit<Block, 'type' | 'runs'>;

/** Block separator in the canonical text. */
export const BLOCK_SEPARATOR = '\n\n';

export function blockText(block: Block): string {
  return block.runs.map((r) => r.text).join('');
}

/** The canonical text: every block's text in reading order, joined by a blank line. */
export function canonicalText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join(BLOCK_SEPARATOR);
}

/** White space that collapsing changes: a run of two or more, or one that is not a space. */
const UNCOLLAPSED = /\s{2,}|[^\S ]/;
const WHITE_SPACE_RUNS = /\s+/g;

/** Collapses runs of white space to one space, as a browser shows ordinary text. */
export function collapseWhitespace(text: string): string {
  // Most text has only single spaces: one scan, and the string is returned as it is (\s
  // includes the no-break space).
  return UNCOLLAPSED.test(text) ? text.replace(WHITE_SPACE_RUNS, ' ') : text;
}

/**
 * Builds a block from raw runs: control characters dropped, white space collapsed (except in
 * code), empty runs dropped,
 * adjacent runs with the same marks merged, leading and trailing space trimmed. Returns null
 * when nothing but space is left, so loaders never emit empty blocks.
 */
export function makeBlock(
  type: BlockType,
  runs: readonly TextRun[],
  attrs: BlockAttrs = {},
): Block | null {
  const verbatim = type === 'code';
  const cleaned: TextRun[] = [];
  // Kept as a flag: asking the merged run (a string built by +=) would flatten it for every
  // piece, quadratic in a page of many small text nodes.
  let endsWithSpace = false;
  for (const run of runs) {
    const visible = withoutControlCharacters(run.text, verbatim);
    const text = verbatim ? visible.replace(/\r\n?/g, '\n') : collapseWhitespace(visible);
    if (!text) continue;
    if (!verbatim && endsWithSpace && text.startsWith(' ')) {
      pushRun(cleaned, { ...run, text: text.slice(1) });
    } else {
      pushRun(cleaned, { ...run, text });
    }
    endsWithSpace = text.endsWith(' ');
  }
  trimEdges(cleaned, verbatim);
  if (cleaned.length === 0) return null;
  return { type, ...attrs, runs: cleaned };
}

function pushRun(runs: TextRun[], run: TextRun): void {
  if (!run.text) return;
  const last = runs[runs.length - 1];
  if (last && sameMarks(last.marks, run.marks)) {
    last.text += run.text;
  } else {
    runs.push(textRun(run.text, run.marks));
  }
}

/** A run of text with the marks in force; a run without marks carries no `marks` field. */
export function textRun(text: string, marks: readonly Mark[] = []): TextRun {
  // The marks array is shared, not copied: nothing downstream mutates it.
  return marks.length > 0 ? { text, marks: marks as Mark[] } : { text };
}

function sameMarks(a: Mark[] | undefined, b: Mark[] | undefined): boolean {
  // Runs of one flow of text share their marks array: no need to compare them as JSON.
  if (a === b || (!a?.length && !b?.length)) return true;
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

function trimEdges(runs: TextRun[], verbatim: boolean): void {
  while (runs.length > 0) {
    const first = runs[0]!;
    first.text = verbatim ? first.text.replace(/^\n+/, '') : first.text.trimStart();
    if (first.text) break;
    runs.shift();
  }
  while (runs.length > 0) {
    const last = runs[runs.length - 1]!;
    // trimEnd, not /\s+$/: the regex tries every start in a long run of inner white space.
    last.text = last.text.trimEnd();
    if (last.text) break;
    runs.pop();
  }
}
