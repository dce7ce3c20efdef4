// The library watch: which file events become changes told to a waiting page, when, and what
// happens when watching fails. Events come from a stand-in for fs.watch (and, once, from the
// real one), time from fake timers.
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeAtomicFs, writeFileAtomic } from '../fs/atomic-write';
import { articlesOfFile } from './changed-file';
import { LibraryWatch, type FolderWatcher, type WatchFolder } from './library-watch';

describe('articlesOfFile', () => {
  it.each([
    ['art_1.json', ['art_1']],
    ['art_1.sync-conflict-20261207-181500-ABCDEFG.json', ['art_1']],
    ["art_1 (Dana's MacBook's conflicted copy 2026-12-07).json", ['art_1']],
    // OneDrive's copy, or an id with a dash: both are named
    ['art_1-LAPTOP.json', ['art_1-LAPTOP', 'art_1']],
    // our own atomic write's temp file, Syncthing's and Dropbox's, editors'
    ['art_1.json.4242-a1b2c3d4e5f6.tmp', []],
    ['.syncthing.art_1.json.tmp', []],
    ['.~art_1.json', []],
    ['art_1.json~', []],
    ['.art_1.json.swp', []],
    ['4913', []],
    ['index.json', []],
    ['entities.json', []],
  ])('%s → %j', (name, ids) => {
    expect(articlesOfFile(name)).toEqual(ids);
  });
});

describe('LibraryWatch', () => {
  let library: string;
  /** The watched folders and their listeners, as fs.watch would be given them. */
  let listeners: Map<string, (event: string, name: string | null) => void>;
  let errors: Map<string, (error: Error) => void>;
  let failWatching: Error | null;
  const fakeWatch: WatchFolder = (folder, listener) => {
    if (failWatching) throw failWatching;
    listeners.set(folder, listener);
    const watcher: FolderWatcher = {
      close: () => listeners.delete(folder),
      on: (_event, onError) => errors.set(folder, onError),
    };
    return watcher;
  };
  const event = (folder: string, name: string | null) => listeners.get(folder)!('rename', name);

  beforeEach(async () => {
    library = await mkdtemp(join(tmpdir(), 'factmark-watch-'));
    await mkdir(join(library, 'articles'));
    await mkdir(join(library, 'layers', 'Bob'), { recursive: true });
    listeners = new Map();
    errors = new Map();
    failWatching = null;
    vi.useFakeTimers();
  });
  afterEach(async () => {
    vi.useRealTimers();
    await rm(library, { recursive: true, force: true });
  });

  async function watching(): Promise<LibraryWatch> {
    const watch = new LibraryWatch(library, { watch: fakeWatch, debounceMs: 100 });
    await watch.ready;
    return watch;
  }

  it('watches the library, its articles and each annotator’s folder, new ones too', async () => {
    const watch = await watching();
    expect([...listeners.keys()].sort()).toEqual(
      [
        library,
        join(library, 'articles'),
        join(library, 'layers'),
        join(library, 'layers', 'Bob'),
      ].sort(),
    );
    // A new annotator's folder, with a file written before it could be watched.
    const waited = watch.wait();
    await mkdir(join(library, 'layers', 'Dana'));
    await writeFile(join(library, 'layers', 'Dana', 'art_9.json'), '{}');
    event(join(library, 'layers'), 'Dana');
    await vi.waitFor(() => expect(listeners.has(join(library, 'layers', 'Dana'))).toBe(true));
    await vi.advanceTimersByTimeAsync(200);
    expect((await waited).articles).toEqual(['art_9']);
  });

  it('tells a burst of changes once, after a quiet moment, leaving out other files', async () => {
    const watch = await watching();
    const waited = watch.wait();
    const bob = join(library, 'layers', 'Bob');
    event(bob, 'art_1.json.99-abcdef.tmp');
    event(bob, 'art_1.json');
    await vi.advanceTimersByTimeAsync(60);
    event(join(library, 'articles'), 'art_2.json');
    event(join(library, 'articles'), 'index.json');
    let answered = false;
    void waited.then(() => (answered = true));
    await vi.advanceTimersByTimeAsync(60);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(await waited).toMatchObject({ articles: ['art_1', 'art_2'], all: false, live: true });
  });

  it('tells a burst that goes on at most a second late', async () => {
    const watch = await watching();
    const waited = watch.wait();
    for (let i = 0; i < 30; i++) {
      event(join(library, 'articles'), `art_${i}.json`);
      await vi.advanceTimersByTimeAsync(50);
    }
    const { articles } = await waited;
    expect(articles.length).toBeGreaterThan(15);
    expect(articles.length).toBeLessThan(30);
  });

  it('answers a page coming back with its cursor what changed since, and a foreign cursor with all', async () => {
    const watch = await watching();
    const first = watch.wait();
    event(join(library, 'articles'), 'art_1.json');
    const { cursor } = await vi.advanceTimersByTimeAsync(200).then(() => first);
    event(join(library, 'articles'), 'art_2.json');
    await vi.advanceTimersByTimeAsync(200);
    // nobody waited while art_2 changed: the next wait from the cursor answers it at once
    expect(await watch.wait(cursor)).toMatchObject({ articles: ['art_2'], all: false });
    expect(await watch.wait('elsewhere.3')).toMatchObject({ articles: [], all: true });
  });

  it('answers none after the wait’s time, and keeps the cursor', async () => {
    const watch = await watching();
    const waited = watch.wait();
    await vi.advanceTimersByTimeAsync(25_000);
    const nothing = await waited;
    expect(nothing).toMatchObject({ articles: [], all: false, live: true });
    expect(await Promise.race([watch.wait(nothing.cursor), Promise.resolve('waiting')])).toBe(
      'waiting',
    );
  });

  it('does not tell the host’s own writes back to it', async () => {
    vi.useRealTimers();
    const watch = await watching();
    const fs = watch.recordingWrites(nodeAtomicFs);
    const articles = join(library, 'articles');
    const waited = watch.wait();
    await writeFileAtomic(join(articles, 'art_mine.json'), '{}', fs);
    event(articles, 'art_mine.json');
    // another writer's file after it
    await writeFile(join(articles, 'art_theirs.json'), '{}');
    event(articles, 'art_theirs.json');
    expect((await waited).articles).toEqual(['art_theirs']);
  });

  it('stops being live when watching fails, answering waits so', async () => {
    const watch = await watching();
    const waited = watch.wait();
    errors.get(join(library, 'articles'))!(new Error('EMFILE'));
    expect(await waited).toMatchObject({ live: false });
    expect(listeners.size).toBe(0);
    expect(await watch.wait()).toMatchObject({ live: false });
  });

  it('leaves the host’s writes alone once watching has stopped', async () => {
    vi.useRealTimers();
    const watch = await watching();
    const fs = watch.recordingWrites(nodeAtomicFs);
    watch.close();
    const elsewhere = await mkdtemp(join(tmpdir(), 'factmark-watch-out-'));
    await rm(library, { recursive: true, force: true });
    await writeFileAtomic(join(elsewhere, 'art_mine.json'), '{}', fs);
    // no watching again on each save (which would make the library folder anew)
    await expect(stat(library)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(listeners.size).toBe(0);
    await rm(elsewhere, { recursive: true, force: true });
  });

  it('is not live when no folder can be watched (out of watches)', async () => {
    failWatching = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    const watch = await watching();
    expect(await watch.wait()).toMatchObject({ live: false });
  });

  it('answers waits under way when closed', async () => {
    const watch = await watching();
    const waited = watch.wait();
    watch.close();
    expect(await waited).toMatchObject({ live: false });
  });

  it('hears another writer through the real fs.watch', async () => {
    vi.useRealTimers();
    const watch = new LibraryWatch(library, { debounceMs: 50 });
    await watch.ready;
    const waited = watch.wait();
    await writeFileAtomic(join(library, 'layers', 'Bob', 'art_real.json'), '{}');
    expect((await waited).articles).toEqual(['art_real']);
    watch.close();
  });
});
