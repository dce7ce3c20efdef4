// Markdown of 1 MB built against parsers whose inline or block rules backtrack: long runs of
// emphasis and link openers, and deep nesting. Shared by the loader's tests (what each produces)
// and the bench (`open.adversarial.markdown.1mb`, how long the slowest takes).

export const MB = 1_000_000;

/** `unit` repeated to `total` characters (rounded up to whole units). */
export const repeatTo = (unit: string, total = MB): string =>
  unit.repeat(Math.ceil(total / unit.length));

export interface HostileMarkdown {
  label: string;
  source: string;
  /** `read`, or the reason the file is refused. */
  outcome: 'read' | 'nested too deeply to read as Markdown' | 'there is no text to read in it';
  /** A character of the source and how many times the text keeps it: none is lost. */
  keeps?: { char: string; count: number };
}

/** `unit` repeated to 1 MB, read with every `kept` character of it. */
function reads(label: string, unit: string, kept?: string): HostileMarkdown {
  const source = repeatTo(unit);
  const count = kept ? [...source].filter((c) => c === kept).length : 0;
  return { label, source, outcome: 'read', keeps: kept ? { char: kept, count } : undefined };
}

function refused(
  label: string,
  unit: string,
  outcome: HostileMarkdown['outcome'],
): HostileMarkdown {
  return { label, source: repeatTo(unit), outcome };
}

const NESTED = 'nested too deeply to read as Markdown';

export function hostileMarkdown(): HostileMarkdown[] {
  return [
    reads('underscore emphasis', '_a', 'a'),
    reads('star emphasis', '*a', 'a'),
    reads('strong openers', '**a', 'a'),
    reads('a run of [', '[', '['),
    reads('a run of <', '<', '<'),
    reads('a run of backslashes', '\\'),
    reads('image openers', '![', '['),
    reads('link openers', '[a](', 'a'),
    reads('backticks', '`a', 'a'),
    reads('unclosed tags', '<a ', 'a'),
    reads('ampersands', '&a', 'a'),
    reads('quote lines', '>a\n', 'a'),
    reads('list items', ' - a\n', 'a'),
    // A row's cells past the header's are not shown (GFM), so no count of what is kept.
    { label: 'a table row of cells', source: `|a|b|\n|-|-|\n${repeatTo('|a')}`, outcome: 'read' },
    refused('nested quotes', '> ', NESTED),
    refused('nested lists', '- 1. ', NESTED),
    refused('nested numbered lists', '1. ', NESTED),
    // `- - - …` is one thematic break (a rule), not nested lists: nothing to read.
    refused('a line of "- "', '- ', 'there is no text to read in it'),
  ];
}
