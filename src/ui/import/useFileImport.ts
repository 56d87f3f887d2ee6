import { useCallback, useState } from 'react';
import type { ImportedFiles } from '../../platform/importedFiles';
import { readScenarioFiles } from './readDroppedFiles';
import type { Problem } from '../../core';
import type { LocalText } from '../../core';

/** What the last attempt to open files showed the instructor. */
export interface ImportNotice {
  problems: Problem[];
  /** Checker warnings on files that did open: the game plays them, but the author should look. */
  warnings: Problem[];
  opened: LocalText[];
}

/**
 * Opens files through the same checker as `npm run check-scenarios`. A good file plays at once;
 * a bad one lists its problems and leaves whatever is running untouched.
 */
export function useFileImport(imported: ImportedFiles, play: (path: string, kind: 'encounter' | 'shift') => void) {
  const [notice, setNotice] = useState<ImportNotice | null>(null);

  const openFiles = useCallback(
    async (files: Iterable<File>) => {
      const { texts, problems } = await readScenarioFiles(files);
      const results = imported.open(texts);
      const failed = results.flatMap((r) => (r.ok ? [] : r.problems));
      const good = results.flatMap((r) => (r.ok ? [r] : []));
      setNotice({ problems: [...problems, ...failed], warnings: good.flatMap((g) => g.warnings), opened: good.map((g) => g.title) });
      const first = good.find((g) => g.kind === 'shift') ?? good[0];
      if (first && failed.length === 0 && problems.length === 0) play(first.path, first.kind);
    },
    [imported, play],
  );

  return { notice, openFiles, dismiss: useCallback(() => setNotice(null), []) };
}
