import type { ParseError } from 'jsonc-parser';

// jsonc-parser's ParseErrorCode values (a `const enum`, unreadable under isolatedModules).
const INVALID_SYMBOL = 1;
const INVALID_NUMBER_FORMAT = 2;
const PROPERTY_NAME_EXPECTED = 3;
const VALUE_EXPECTED = 4;
const COLON_EXPECTED = 5;
const COMMA_EXPECTED = 6;
const CLOSE_BRACE_EXPECTED = 7;
const CLOSE_BRACKET_EXPECTED = 8;
const END_OF_FILE_EXPECTED = 9;
const UNEXPECTED_END_OF_COMMENT = 11;
const UNEXPECTED_END_OF_STRING = 12;
const UNEXPECTED_END_OF_NUMBER = 13;
const INVALID_UNICODE = 14;
const INVALID_ESCAPE = 15;
const INVALID_CHARACTER = 16;

/** A JSON syntax error explained for an author, placed at the character to look at. */
export interface SyntaxMessage {
  offset: number;
  message: string;
}

const VALUES = 'text in double quotes, a number, true, false, null, a list [ … ] or an object { … }';

/** Explains one jsonc-parser error in plain words; `what` names the kind of file ("scenario"). */
export function syntaxMessage(text: string, error: ParseError, what: string): SyntaxMessage {
  const at = error.offset;
  const word = text.slice(at, at + Math.max(error.length, 1));
  switch (error.error) {
    case INVALID_SYMBOL:
      return { offset: at, message: invalidSymbol(text, at, word, what) };
    case INVALID_NUMBER_FORMAT:
    case UNEXPECTED_END_OF_NUMBER:
      return { offset: at, message: `the number ${word} is not written correctly: use digits, with a dot for decimals, e.g. 2.5` };
    case PROPERTY_NAME_EXPECTED:
      return { offset: at, message: 'expected a field name in double quotes here, e.g. "sig": …' };
    case VALUE_EXPECTED:
      if (at >= text.trimEnd().length) return { offset: at, message: `the file ends too early: a value is missing (${VALUES})` };
      return { offset: at, message: `expected a value here: ${VALUES}` };
    case COLON_EXPECTED:
      return { offset: at, message: 'a colon (:) is missing after the field name' };
    case COMMA_EXPECTED:
      if (/(^|[^\d.])0$/.test(text.slice(Math.max(0, at - 2), at)) && /\d/.test(text[at] ?? '')) {
        return { offset: at - 1, message: 'a number cannot start with 0: write 7, not 07' };
      }
      return { offset: at, message: 'a comma (,) is missing before this: separate items and fields with commas' };
    case CLOSE_BRACE_EXPECTED:
      return { offset: at, message: 'an object opened with { is not closed: a } is missing (or a comma is missing before this)' };
    case CLOSE_BRACKET_EXPECTED:
      return { offset: at, message: 'a list opened with [ is not closed: a ] is missing (or a comma is missing before this)' };
    case END_OF_FILE_EXPECTED:
      return {
        offset: at,
        message: `there is more after the end of the ${what}: everything must be inside one { … } (is there an extra } above?)`,
      };
    case UNEXPECTED_END_OF_COMMENT:
      return { offset: at, message: 'a comment opened with /* is never closed; JSON files cannot contain comments: delete it' };
    case UNEXPECTED_END_OF_STRING:
      return { offset: at, message: 'this text has no closing double quote ("): add one at the end of the text, on the same line' };
    case INVALID_UNICODE:
      return { offset: find(text, at, /\\u/), message: '\\u must be followed by four hexadecimal digits, e.g. \\u00e9 for é' };
    case INVALID_ESCAPE:
      return {
        offset: find(text, at + 1, /\\[^"\\/bfnrtu]/),
        message: 'a backslash (\\) in text must start a code such as \\n or \\"; to write a backslash itself, type two: \\\\',
      };
    case INVALID_CHARACTER:
      return {
        offset: find(text, at, /[\u0000-\u001f]/),
        message: 'text in quotes cannot contain a tab or line break typed directly: use a space, or \\n for a new line',
      };
    default:
      return { offset: at, message: 'this is not valid JSON here' };
  }
}

function invalidSymbol(text: string, at: number, word: string, what: string): string {
  const first = text.search(/\S/);
  if (word.startsWith("'")) return 'text and field names need double quotes ("), not single quotes (\')';
  if (word === 'NaN' || word === 'Infinity' || word === 'undefined') return `${word} is not a JSON value: write a number, or null`;
  if (/^\s*:/.test(text.slice(at + word.length)) && at !== first) return `field names need double quotes: write "${word}", not ${word}`;
  if (at === first) return `this file is not JSON: a ${what} file starts with { and holds "field": value pairs`;
  if (/^[A-Za-z]/.test(word))
    return `unexpected ${word}: text must be in double quotes, e.g. "${word}" (and true, false, null in lower case)`;
  return `unexpected character ${JSON.stringify(word.slice(0, 1))} here`;
}

/** Offset of the first match of `re` at or after `from`, or `from` when there is none. */
function find(text: string, from: number, re: RegExp): number {
  const i = text.slice(from, from + 10_000).search(re);
  return i < 0 ? from : from + i;
}
