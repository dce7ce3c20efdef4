// Who made an annotation. Every claim, mention and orphan belongs to one annotator's layer; a
// team shares a library and each person's work stays attributed to them.
import { z } from 'zod';

/**
 * An annotator's name as people type it ("Dana", "r.chen"): 1–64 characters, no control
 * characters and no path separators, since it also names the annotator's files in the library.
 */
export const AnnotatorNameSchema = z
  .string()
  .min(1, 'an annotator name is at least one character')
  .max(64, 'an annotator name is at most 64 characters')
  .regex(
    // eslint-disable-next-line no-control-regex -- control characters are what it refuses
    /^[^\u0000-\u001f\u007f/\\:*?"<>|]+$/u,
    'an annotator name has no control characters or / \\ : * ? " < > |',
  )
  .refine((name) => name.trim() === name, {
    message: 'an annotator name has no leading or trailing spaces',
  })
  // names a layer folder: `.` and `..` would name another folder
  .refine((name) => name !== '.' && name !== '..', {
    message: 'an annotator name is not "." or ".."',
  });
export type AnnotatorName = z.infer<typeof AnnotatorNameSchema>;

/** The layer a reviewer builds from everyone's marks; it exports on its own. */
export const ADJUDICATED = 'adjudicated';
