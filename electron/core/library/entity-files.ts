// The entity list on disk. Each writer (an annotator, or `unattributed` for a Factmark used
// without a name) keeps its own Yjs update file, `entities/<writer>.json`; the list is every
// update file (and every conflict copy of one) merged by Yjs, so two machines never write the
// same file and any two copies merge. `entities.json` is a readable view of the merged list,
// rewritten with each save; a library from before this change has only it, and its first save
// seeds the Yjs document from it (and from its conflict copies, merged).
import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { emptyRegistry, type EntityRegistry } from '../../../shared/model/entities';
import { mergeConcurrentRegistries } from '../../../shared/model/registry-merge';
import { writeFileAtomic, TEMP_SUFFIX, type AtomicFs } from '../fs/atomic-write';
import { ioError } from '../fs/io-error';
import { ContractError } from '../../../shared/contract/result';
import { docOf, encodeDoc, mergeUpdates, readRegistry, writeRegistry } from './entity-doc';
import { parseEntitiesFile, serializeEntitiesFile } from './library-files';
import { stableStringify } from './stable-json';
import { copiesOf } from './sync-copies';

export const ENTITY_UPDATES_FOLDER = 'entities';
export const UNATTRIBUTED_WRITER = 'unattributed';
const VIEW_FILE = 'entities.json';

const UpdateFileSchema = z.object({
  format: z.literal('factmark.entity-updates'),
  version: z.literal(1),
  writer: z.string(),
  /** Counts this writer's saves. */
  revision: z.number().int().nonnegative(),
  /** The writer's whole Yjs document state, base64. */
  update: z.string(),
});
type UpdateFile = z.infer<typeof UpdateFileSchema>;

export type RegistryRead =
  | { state: 'ok'; registry: EntityRegistry; revision: number }
  | { state: 'missing' }
  | { state: 'damaged'; message: string };

interface Stored {
  read: RegistryRead;
  /** The Yjs update files, by name, parsed. */
  updates: Map<string, UpdateFile>;
  /** Legacy view files (entities.json and its copies) when no update file exists yet. */
  legacy: EntityRegistry[];
}

async function names(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw ioError(folder, 'could not be read', error);
  }
}

async function readText(path: string): Promise<string | null> {
  return readFile(path, 'utf8').catch((error: unknown) => {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw ioError(path, 'could not be read', error);
  });
}

export class EntityFiles {
  private readonly updatesFolder: string;

  constructor(
    private readonly folder: string,
    private readonly fs: AtomicFs,
  ) {
    this.updatesFolder = join(folder, ENTITY_UPDATES_FOLDER);
  }

  async read(): Promise<RegistryRead> {
    return (await this.load()).read;
  }

  /**
   * Stores `registry` as `writer`'s change of the merged list; refuses with the current
   * revision when `baseRevision` is given and another. Answers the revision stored.
   */
  async write(
    registry: EntityRegistry,
    writer: string | null,
    baseRevision: number | undefined,
  ): Promise<{ revision: number } | { conflict: number }> {
    const stored = await this.load();
    if (stored.read.state === 'damaged') throw new ContractError('damaged', stored.read.message);
    const current = stored.read.state === 'ok' ? stored.read.revision : 0;
    if (baseRevision !== undefined && baseRevision !== current) return { conflict: current };
    const { revision: _theirs, ...content } = registry;
    if (stored.read.state === 'ok') {
      const { revision: _stored, ...storedContent } = stored.read.registry;
      if (stableStringify(storedContent) === stableStringify(content)) return { revision: current };
    }
    if (writer === null && stored.updates.size === 0) {
      // A library no annotator has used keeps its one entities.json, as before layers.
      await writeFileAtomic(
        join(this.folder, VIEW_FILE),
        serializeEntitiesFile({ ...content, revision: current + 1 }),
        this.fs,
      );
      await this.removeViewCopies();
      return { revision: current + 1 };
    }
    return this.writeUpdate(stored, content, writer ?? UNATTRIBUTED_WRITER, current);
  }

  private async writeUpdate(
    stored: Stored,
    content: Omit<EntityRegistry, 'revision'>,
    writer: string,
    current: number,
  ): Promise<{ revision: number }> {
    const doc = docOf(
      stored.updates.size > 0
        ? mergeUpdates([...stored.updates.values()].map((u) => Buffer.from(u.update, 'base64')))
        : null,
    );
    if (stored.updates.size === 0 && stored.read.state === 'ok') {
      writeRegistry(doc, stored.read.registry); // the seed, from entities.json
    }
    writeRegistry(doc, { ...content, revision: 0 });
    // This writer's file and its conflict copies are all in `doc` now: the copies can go, and
    // the file's revision takes theirs in (and, at the seed, entities.json's), so the sum over
    // the files, the list's revision, grows by one.
    const mine = [...stored.updates.entries()].filter(([, u]) => u.writer === writer);
    const mineSum = mine.reduce((sum, [, u]) => sum + u.revision, 0);
    const seeded = stored.updates.size === 0 ? current : 0;
    const revision = mineSum + seeded + 1;
    const others = current - mineSum - seeded;
    const file: UpdateFile = {
      format: 'factmark.entity-updates',
      version: 1,
      writer,
      revision,
      update: Buffer.from(encodeDoc(doc)).toString('base64'),
    };
    const ownName = `${writer}.json`;
    await writeFileAtomic(join(this.updatesFolder, ownName), stableStringify(file), this.fs);
    for (const [name] of mine) {
      if (name !== ownName) await unlink(join(this.updatesFolder, name)).catch(() => undefined);
    }
    const merged = readRegistry(doc) ?? emptyRegistry();
    const total = others + revision;
    await writeFileAtomic(
      join(this.folder, VIEW_FILE),
      serializeEntitiesFile({ ...merged, revision: total }),
      this.fs,
    );
    await this.removeViewCopies();
    return { revision: total };
  }

  private viewCopies(all: readonly string[]): Promise<string[]> {
    return copiesOf(all, VIEW_FILE, async (name) => {
      const content = await readText(join(this.folder, name));
      return content !== null && parseEntitiesFile(content).ok;
    });
  }

  /** Conflict copies of entities.json, once what they held is in the file written after them. */
  private async removeViewCopies(): Promise<void> {
    const copies = await this.viewCopies(await names(this.folder));
    for (const name of copies) await unlink(join(this.folder, name)).catch(() => undefined);
  }

  private async load(): Promise<Stored> {
    const updates = new Map<string, UpdateFile>();
    for (const name of (await names(this.updatesFolder)).sort()) {
      if (!name.endsWith('.json') || name.endsWith(TEMP_SUFFIX)) continue;
      const path = join(this.updatesFolder, name);
      const content = await readText(path);
      if (content === null) continue;
      const parsed = parseUpdateFile(content);
      if (!parsed) {
        return {
          read: {
            state: 'damaged',
            message: `${path}: it is not a Factmark entity update file; it was left as it is`,
          },
          updates,
          legacy: [],
        };
      }
      updates.set(name, parsed);
    }
    if (updates.size > 0) {
      const doc = docOf(
        mergeUpdates([...updates.values()].map((u) => Buffer.from(u.update, 'base64'))),
      );
      const revision = [...updates.values()].reduce((sum, u) => sum + u.revision, 0);
      let registry: EntityRegistry;
      try {
        registry = readRegistry(doc) ?? emptyRegistry();
      } catch (error) {
        return {
          read: { state: 'damaged', message: `${this.updatesFolder}: ${(error as Error).message}` },
          updates,
          legacy: [],
        };
      }
      return {
        read: { state: 'ok', registry: { ...registry, revision }, revision },
        updates,
        legacy: [],
      };
    }
    return this.loadLegacy();
  }

  /** entities.json, and its conflict copies merged in (two machines changed it before layers). */
  private async loadLegacy(): Promise<Stored> {
    const all = await names(this.folder);
    const copies = await this.viewCopies(all);
    const files = [...(all.includes(VIEW_FILE) ? [VIEW_FILE] : []), ...copies];
    const legacy: EntityRegistry[] = [];
    for (const name of files) {
      const path = join(this.folder, name);
      const content = await readText(path);
      if (content === null) continue;
      const parsed = parseEntitiesFile(content);
      if (!parsed.ok) {
        return {
          read: { state: 'damaged', message: `${path}: ${parsed.reason}; it was left as it is` },
          updates: new Map(),
          legacy,
        };
      }
      legacy.push(parsed.value);
    }
    const [first, ...rest] = legacy;
    if (!first) return { read: { state: 'missing' }, updates: new Map(), legacy };
    const registry = rest.reduce(
      (merged, copy) => mergeConcurrentRegistries(merged, copy, null),
      first,
    );
    const revision = legacy.reduce((sum, r) => sum + (r.revision ?? 0), 0);
    return {
      read: { state: 'ok', registry: { ...registry, revision }, revision },
      updates: new Map(),
      legacy,
    };
  }
}

function parseUpdateFile(content: string): UpdateFile | null {
  try {
    const parsed = UpdateFileSchema.safeParse(JSON.parse(content));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
