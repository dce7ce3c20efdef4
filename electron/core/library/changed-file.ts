// Which article a file name in `articles/` or a layer folder speaks of, for the library watch:
// an article or layer file, or a sync tool's conflict copy of one. Everything else there (the
// temp files of our atomic writes, of Syncthing, Dropbox and editors) is no change to show.
import { ARTICLE_ID_SOURCE } from '../../../shared/model/ids';
import { unambiguousCopyOf } from './sync-copies';

const DATA_FILE = new RegExp(`^(${ARTICLE_ID_SOURCE})\\.json$`);
/** OneDrive's `art_x-DEVICE.json`: the pattern fits an id with a dash too, so both are named. */
const DEVICE_SUFFIX = /^(.+)-[^-.\s]{1,64}$/;

/** The ids of the articles a changed file `name` may belong to; none for any other file. */
export function articlesOfFile(name: string): string[] {
  const file = DATA_FILE.exec(unambiguousCopyOf(name) ?? name);
  if (!file) return [];
  const id = file[1]!;
  const stem = DEVICE_SUFFIX.exec(id)?.[1];
  return stem && DATA_FILE.test(`${stem}.json`) ? [id, stem] : [id];
}
