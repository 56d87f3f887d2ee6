import type { Node } from 'jsonc-parser';
import { nodeForPath, type Anchor } from './jsonTree';
import { formatPath, type Problem } from './problems';
import type { Position } from './textPosition';

/** Makes a Problem at a data path: `place(['shelf', 3], 'no product …')`. */
export type Placer = (path: readonly (string | number)[], message: string, severity?: Problem['severity'], anchor?: Anchor) => Problem;

/** A Placer for one parsed file: paths are turned into line and column through its tree. */
export function placer(file: string, tree: Node, position: (offset: number) => Position): Placer {
  return (path, message, severity = 'error', anchor = 'value') => {
    const node = nodeForPath(tree, path, anchor);
    return { file, ...position(node.offset), path: formatPath(path), message, severity };
  };
}
