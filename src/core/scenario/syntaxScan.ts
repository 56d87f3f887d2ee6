import { say, type Said } from './checkerWords';
import { createScanner } from 'jsonc-parser';

/** Deepest nesting of { } and [ ] a file may have; real scenarios need about 6. */
export const MAX_DEPTH = 64;

// jsonc-parser's SyntaxKind values (its enums are `const enum`s, which isolatedModules cannot read).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COMMA = 5;
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const LINE_BREAK = 14;
const TRIVIA = 15;
const EOF = 17;

/** A syntax problem found by the token scan, before any tree is built. */
export interface ScanProblem {
  offset: number;
  message: Said;
}

/** What the token scan found: comments, trailing commas, and whether nesting is too deep. */
export interface ScanResult {
  problems: ScanProblem[];
  /** True when the file nests deeper than MAX_DEPTH; nothing else should be parsed then. */
  tooDeep: boolean;
}

/**
 * One iterative pass over the tokens (no recursion, so 10,000-deep input is safe): reports
 * comments and trailing commas, which JSON forbids, and stops at the first level beyond MAX_DEPTH.
 */
export function scanSyntax(text: string): ScanResult {
  const scanner = createScanner(text, false);
  const problems: ScanProblem[] = [];
  let depth = 0;
  let pendingComma = -1;
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    const offset = scanner.getTokenOffset();
    if (kind === LINE_COMMENT || kind === BLOCK_COMMENT) {
      problems.push({
        offset,
        message: say('comment'),
      });
      continue;
    }
    if (kind === LINE_BREAK || kind === TRIVIA) continue;
    if (pendingComma >= 0 && (kind === CLOSE_BRACE || kind === CLOSE_BRACKET)) {
      problems.push({ offset: pendingComma, message: say('trailingComma') });
    }
    pendingComma = kind === COMMA ? offset : -1;
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      depth++;
      if (depth > MAX_DEPTH) {
        return {
          problems: [
            {
              offset,
              message: say('tooDeep', { max: MAX_DEPTH }),
            },
          ],
          tooDeep: true,
        };
      }
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) {
      depth = Math.max(0, depth - 1);
    }
  }
  return { problems, tooDeep: false };
}
