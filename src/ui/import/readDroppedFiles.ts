import type { Problem } from '../../core';

/** Files larger than this are not even read: a scenario is a few kilobytes. */
const MAX_READ_BYTES = 5_000_000;

/** Reads the chosen or dropped files as text; refuses non-JSON names and oversized files with a message. */
export async function readScenarioFiles(files: Iterable<File>): Promise<{ texts: { name: string; text: string }[]; problems: Problem[] }> {
  const texts: { name: string; text: string }[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const refuse = (message: string) => problems.push({ file: file.name, line: 1, column: 1, path: '(file)', message, severity: 'error' });
    if (!/\.json$/i.test(file.name)) refuse('only .json scenario files can be opened');
    else if (file.size > MAX_READ_BYTES) refuse(`this file is ${(file.size / 1e6).toFixed(1)} MB; scenario files are at most 1 MB`);
    else texts.push({ name: file.name, text: await file.text() });
  }
  return { texts, problems };
}
