// The answer side of `waitForLibraryChanges`: a numbered log of the articles changed in the
// library by others and the pages waiting for the next entry. A page holds a cursor (this run's
// name and the last number it saw); an answer holds every article changed after it, or says
// `all` when the cursor is from another run or older than the log. Kept by the core's library
// watch and by the renderer's test double alike, so both answer the same way.
import type { CallOutput } from './calls';

export type LibraryChanges = CallOutput<'waitForLibraryChanges'>;

/** Entries kept for a page that comes back with an older cursor. */
const LOG_SIZE = 100;

interface Waiter {
  since: number;
  answer(changes: LibraryChanges): void;
}

export class LibraryChangeLog {
  private seq = 0;
  private readonly log: Array<{ seq: number; articles: readonly string[]; all: boolean }> = [];
  private readonly waiters = new Set<Waiter>();
  private live = true;

  /**
   * `run` names this log (a fresh random name each time a host starts, so an old page's
   * cursor is not taken for one of this run); `waitMs`: how long a wait is held open.
   */
  constructor(
    private readonly run: string,
    private readonly waitMs: number,
  ) {}

  /** Others changed `articles` (`all`: some, not known which). */
  add(articles: Iterable<string>, all = false): void {
    const changed = [...new Set(articles)];
    if (!this.live || (changed.length === 0 && !all)) return;
    this.seq++;
    this.log.push({ seq: this.seq, articles: changed, all });
    if (this.log.length > LOG_SIZE) this.log.shift();
    this.answerAll();
  }

  /**
   * The changes after cursor `after` (none: from now), as soon as there are any, or none once
   * `waitMs` has passed.
   */
  wait(after?: string): Promise<LibraryChanges> {
    if (!this.live) return Promise.resolve(this.changesSince(this.seq));
    const since = after === undefined ? this.seq : this.seqOf(after);
    const oldest = this.log[0]?.seq ?? this.seq + 1;
    if (since === null || since > this.seq || since < oldest - 1) {
      return Promise.resolve({ ...this.changesSince(this.seq), all: true });
    }
    if (since < this.seq) return Promise.resolve(this.changesSince(since));
    return new Promise((resolve) => {
      const timer = setTimeout(() => waiter.answer(this.changesSince(since)), this.waitMs);
      const waiter: Waiter = {
        since,
        answer: (changes) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(changes);
        },
      };
      this.waiters.add(waiter);
    });
  }

  /** Nothing more will come (the watch failed or closed): waits answer `live: false`. */
  end(): void {
    this.live = false;
    this.answerAll();
  }

  private answerAll(): void {
    for (const waiter of [...this.waiters]) waiter.answer(this.changesSince(waiter.since));
  }

  private seqOf(cursor: string): number | null {
    const dot = cursor.lastIndexOf('.');
    const seq = cursor.slice(dot + 1);
    return cursor.slice(0, dot) === this.run && /^\d{1,15}$/.test(seq) ? Number(seq) : null;
  }

  private changesSince(since: number): LibraryChanges {
    const entries = this.log.filter((e) => e.seq > since);
    return {
      cursor: `${this.run}.${this.seq}`,
      articles: [...new Set(entries.flatMap((e) => e.articles))],
      all: entries.some((e) => e.all),
      live: this.live,
    };
  }
}
