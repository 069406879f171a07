import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Reads a bundle: one YAML file, or every *.yaml / *.yml in a folder (sorted, not recursive). */
export function readPolicyFiles(path: string): { source: string; text: string }[] {
  const st = statSync(path);
  const files = st.isDirectory()
    ? readdirSync(path)
        .filter((f) => /\.ya?ml$/i.test(f))
        .sort()
        .map((f) => join(path, f))
    : [path];
  if (files.length === 0) throw new Error(`${path}: no policy files (*.yaml) found`);
  return files.map((f) => ({ source: relative(process.cwd(), f) || f, text: readFileSync(f, 'utf8') }));
}
