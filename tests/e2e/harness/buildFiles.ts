import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built game's files, relative to the build folder ("index.html", "assets/…", "audio/…"): what the offline cache must hold. */
export function filesTheGameNeeds(buildDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  return (
    walk(buildDir)
      .map((f) => relative(buildDir, f).split('\\').join('/'))
      // The worker's own scripts are kept by the browser with the worker itself, not in its cache.
      .filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f))
      .sort()
  );
}
