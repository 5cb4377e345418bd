import { isAbsolute, relative, sep } from 'node:path';

/** A file as CI tools want it: relative to the working folder, forward slashes. */
export function relativeUri(file: string, cwd: string): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  return rel.split(sep).join('/');
}
