import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathPermissions } from './path-permissions';

describe('PathPermissions', () => {
  it('allows the paths the user chose, however they are spelt', () => {
    const permissions = new PathPermissions();
    permissions.grant('/home/ana/report.pdf', 'dialog');
    permissions.grant('notes.md', 'command-line');
    expect(permissions.check('/home/ana/./docs/../report.pdf')).toBe(
      resolve('/home/ana/report.pdf'),
    );
    expect(permissions.check(resolve('notes.md'))).toBe(resolve('notes.md'));
    expect(permissions.choiceOf('/home/ana/report.pdf')).toBe('dialog');
  });

  it.each([
    ['a file never chosen', '/etc/passwd'],
    ['a neighbour of a chosen file', '/home/ana/secret.txt'],
    ['the folder of a chosen file', '/home/ana'],
    ['a path that climbs out of a chosen folder', '/home/ana/report.pdf/../../bob/notes.md'],
  ])('refuses %s with a forbidden error naming it', (_label, path) => {
    const permissions = new PathPermissions();
    permissions.grant('/home/ana/report.pdf', 'dialog');
    expect(() => permissions.check(path)).toThrow(
      expect.objectContaining({
        code: 'forbidden',
        message: expect.stringContaining(`${resolve(path)}: Factmark reads only files you chose`),
      }),
    );
    expect(permissions.choiceOf(path)).toBeNull();
  });
});
