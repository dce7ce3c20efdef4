// A table's caption, rows and cells read from its element children, in the order the DOM's
// table interfaces give them: linkedom, which parses pages, has no table interfaces.

const ROWS = new Set(['tr']);
const CELLS = new Set(['td', 'th']);
const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);

/** The element children of `parent` with one of `names`, in order. */
function childrenNamed(parent: Element, names: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (names.has(child.localName)) found.push(child);
  }
  return found;
}

/** `table.caption`: its first caption child. */
export function tableCaption(table: Element): Element | undefined {
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'caption') return child;
  }
  return undefined;
}

/**
 * `table.rows`: the rows of its header sections, then those of its body sections and its own
 * (a parser that adds no tbody leaves them there), then those of its footer sections.
 */
export function tableRows(table: Element): Element[] {
  const head: Element[] = [];
  const body: Element[] = [];
  const foot: Element[] = [];
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.localName;
    if (tag === 'tr') body.push(child);
    else if (SECTIONS.has(tag)) {
      const into = tag === 'thead' ? head : tag === 'tfoot' ? foot : body;
      into.push(...childrenNamed(child, ROWS));
    }
  }
  return [...head, ...body, ...foot];
}

/** `row.cells`: its td and th children. */
export function rowCells(row: Element): Element[] {
  return childrenNamed(row, CELLS);
}

/** A cell's `colSpan`: its colspan attribute when that reads as 1 to 1,000 (capped), else 1. */
export function columnSpan(cell: Element): number {
  const match = /^[\t\n\f\r ]*\+?(\d+)/.exec(cell.getAttribute('colspan') ?? '');
  const span = match ? Number(match[1]) : 0;
  return span < 1 ? 1 : Math.min(span, 1000);
}
