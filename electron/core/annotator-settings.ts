// Where a host keeps the annotator's name between runs: a small JSON file, `settings.json` in
// the desktop app's user-data folder, `web-host.json` in a per-user settings folder for the
// browser mode (see docs/team.md). A missing or unreadable file means no name chosen yet.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { AnnotatorNameSchema, type AnnotatorName } from '../../shared/model/annotators';
import { nodeAtomicFs, writeFileAtomic, type AtomicFs } from './fs/atomic-write';

export interface AnnotatorSettings {
  /** The name saved there, or null. */
  read(): AnnotatorName | null;
  save(annotator: AnnotatorName): Promise<void>;
}

/** The settings in file `path` (`fs`: what writes go through; tests make it fail). */
export function annotatorSettingsFile(
  path: string,
  fs: AtomicFs = nodeAtomicFs,
): AnnotatorSettings {
  const readAll = (): Record<string, unknown> => {
    try {
      const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
      return typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  return {
    read() {
      const parsed = AnnotatorNameSchema.safeParse(readAll().annotator);
      return parsed.success ? parsed.data : null;
    },
    async save(annotator) {
      const content = { ...readAll(), annotator };
      await writeFileAtomic(path, `${JSON.stringify(content, null, 2)}\n`, fs);
    },
  };
}

/**
 * The browser mode's settings file: `$FACTMARK_CONFIG_DIR/web-host.json`, or under
 * `$XDG_CONFIG_HOME/factmark` (`~/.config/factmark` without it). Per machine and user, never
 * in the library, which a team shares.
 */
export function webHostSettingsPath(env: NodeJS.ProcessEnv = process.env): string {
  const folder =
    env.FACTMARK_CONFIG_DIR || join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'factmark');
  return join(folder, 'web-host.json');
}
