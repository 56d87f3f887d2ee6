import { readResults, tooBig, type ReadOutcome } from '../../platform/results/readResults';

/** Reads dropped or chosen files in the browser (nothing is uploaded); a file too big is refused by its size before it is read. */
export async function readResultFiles(files: Iterable<File>): Promise<ReadOutcome[]> {
  return Promise.all(
    [...files].map(async (file): Promise<ReadOutcome> => {
      const big = tooBig(file.name, file.size);
      if (big) return big;
      try {
        return readResults(file.name, await file.text());
      } catch {
        return { ok: false, fileName: file.name, message: `${file.name}: the browser could not read this file` };
      }
    }),
  );
}
