import { problemWords, say, type Problem, type Said } from '../../core';

/** Files larger than this are not even read: a scenario is a few kilobytes. */
const MAX_READ_BYTES = 5_000_000;

/** Reads the chosen or dropped files as text; refuses non-JSON names and oversized files with a message. */
export async function readScenarioFiles(files: Iterable<File>): Promise<{ texts: { name: string; text: string }[]; problems: Problem[] }> {
  const texts: { name: string; text: string }[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const refuse = (message: Said) =>
      problems.push({ file: file.name, line: 1, column: 1, path: '(file)', ...problemWords(message), severity: 'error' });
    if (!/\.json$/i.test(file.name)) refuse(say('notJsonName'));
    // The limit named is the loader's (1 MB); past this one the file is not even read.
    else if (file.size > MAX_READ_BYTES) refuse(say('fileTooBig', { size: (file.size / 1e6).toFixed(1), max: '1' }));
    else texts.push({ name: file.name, text: await file.text() });
  }
  return { texts, problems };
}
