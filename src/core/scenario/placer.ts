import type { Node } from 'jsonc-parser';
import { nodeForPath, type Anchor } from './jsonTree';
import { sayIn, type Said } from './checkerWords';
import { formatPath, type Problem } from './problems';
import type { Position } from './textPosition';

/**
 * Makes a Problem at a data path: `place(['shelf', 3], say('noProduct', { id, noCatalog: false }))`. Messages are
 * codes from checkerWords/, never sentences, so every one can be said in each language.
 */
export type Placer = (path: readonly (string | number)[], message: Said, severity?: Problem['severity'], anchor?: Anchor) => Problem;

/** A Placer for one parsed file: paths are turned into line and column through its tree. */
export function placer(file: string, tree: Node, position: (offset: number) => Position): Placer {
  return (path, message, severity = 'error', anchor = 'value') => {
    const node = nodeForPath(tree, path, anchor);
    return { file, ...position(node.offset), path: formatPath(path), ...words(message), severity };
  };
}

/** A problem's words: the English message, and the message as data when it has a code. */
export function words(message: Said): Pick<Problem, 'message' | 'said'> {
  return { message: sayIn(message, 'en'), said: message };
}
