// Keeps my undo history when a refresh takes in others' changes to the open article. A step
// holds whole lists of annotations (the article before the edit), so undoing one as it was would
// hide marks that came in since. Each step is turned into what it changed (the annotations that
// differ from the state after it) and replayed onto the refreshed article, from the newest step
// down: undo then reverts my edits only, and others' marks stay. A step whose annotation was
// changed or removed elsewhere (me, in another window) is dropped: undoing it would bring back
// what was removed there. Redo steps are rebased the same way.
import type { Article } from '../../shared/model/article';
import type { AnnotationSnapshot, HistoryStep } from './history-slice';

type Lists = Omit<AnnotationSnapshot, 'articleId'>;
type Item = { id: string };
const KINDS = ['claims', 'mentions', 'orphans', 'evidence'] as const;

const same = (a: Item | undefined, b: Item | undefined) =>
  a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));

/** The ids of the annotations that differ between two states (added, removed or changed). */
function changedIds(from: Lists, to: Lists): Set<string> {
  const changed = new Set<string>();
  for (const kind of KINDS) {
    const a: readonly Item[] = from[kind] ?? [];
    const b: readonly Item[] = to[kind] ?? [];
    const inA = new Map(a.map((x) => [x.id, x]));
    const inB = new Map(b.map((x) => [x.id, x]));
    for (const [id, x] of inA) if (!same(x, inB.get(id))) changed.add(id);
    for (const id of inB.keys()) if (!inA.has(id)) changed.add(id);
  }
  return changed;
}

/** `onto` with the annotations `ids` as `from` has them (left out where `from` has none). */
function withVersionsOf(onto: Lists, from: Lists, ids: ReadonlySet<string>): Lists {
  const result: Lists = { ...onto };
  for (const kind of KINDS) {
    const target: readonly Item[] = onto[kind] ?? [];
    const source: readonly Item[] = from[kind] ?? [];
    if (!source.some((x) => ids.has(x.id)) && !target.some((x) => ids.has(x.id))) continue;
    const targetById = new Map(target.map((x) => [x.id, x]));
    // In the order `from` has them, then what only `onto` has (marks that came in since).
    const list = source
      .map((x) => (ids.has(x.id) ? x : targetById.get(x.id)))
      .filter((x): x is Item => x !== undefined);
    const listed = new Set(source.map((x) => x.id));
    for (const x of target) if (!listed.has(x.id) && !ids.has(x.id)) list.push(x);
    (result as Record<string, readonly Item[]>)[kind] = list;
  }
  return result;
}

/** The lists of a snapshot, a kind it does not hold taken from `otherwise`. */
function listsOf(snapshot: AnnotationSnapshot, otherwise: Lists): Lists {
  return {
    claims: snapshot.claims,
    mentions: snapshot.mentions,
    orphans: snapshot.orphans ?? otherwise.orphans,
    evidence: snapshot.evidence ?? otherwise.evidence,
  };
}

/**
 * `steps` (an undo or redo stack, oldest first, each step's annotations the state it goes to)
 * rebased from the open article as it was (`before`) onto it as refreshed (`after`).
 */
export function rebaseSteps(
  steps: readonly HistoryStep[],
  before: Article,
  after: Article,
): HistoryStep[] {
  const elsewhere = changedIds(before, after);
  let oldState: Lists = before;
  let newState: Lists = after;
  const rebased: HistoryStep[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!;
    const snapshot = step.annotations;
    if (!snapshot || snapshot.articleId !== before.id) {
      rebased.push(step);
      continue;
    }
    const target = listsOf(snapshot, oldState);
    const touched = changedIds(oldState, target);
    oldState = target;
    if ([...touched].some((id) => elsewhere.has(id))) {
      // Its registry change still undoes; its annotations and links no longer make sense.
      if (step.registry) rebased.push({ registry: step.registry });
      continue;
    }
    newState = withVersionsOf(newState, target, touched);
    rebased.push({ ...step, annotations: { articleId: before.id, ...newState } });
  }
  return rebased.reverse();
}
