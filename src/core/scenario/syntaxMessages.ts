import type { ParseError } from 'jsonc-parser';
import { say, type Said } from './checkerWords';
import type { FileWhat } from './checkerWords/params';

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
  message: Said;
}

/** Explains one jsonc-parser error in plain words; `what` names the kind of file ("scenario"). */
export function syntaxMessage(text: string, error: ParseError, what: FileWhat): SyntaxMessage {
  const at = error.offset;
  const word = text.slice(at, at + Math.max(error.length, 1));
  switch (error.error) {
    case INVALID_SYMBOL:
      return { offset: at, message: invalidSymbol(text, at, word, what) };
    case INVALID_NUMBER_FORMAT:
    case UNEXPECTED_END_OF_NUMBER:
      return { offset: at, message: say('badNumber', { word }) };
    case PROPERTY_NAME_EXPECTED:
      return { offset: at, message: say('fieldNameExpected') };
    case VALUE_EXPECTED:
      return { offset: at, message: at >= text.trimEnd().length ? say('endsEarly') : say('valueExpected') };
    case COLON_EXPECTED:
      return { offset: at, message: say('colonMissing') };
    case COMMA_EXPECTED:
      if (/(^|[^\d.])0$/.test(text.slice(Math.max(0, at - 2), at)) && /\d/.test(text[at] ?? '')) {
        return { offset: at - 1, message: say('leadingZero') };
      }
      return { offset: at, message: say('commaMissing') };
    case CLOSE_BRACE_EXPECTED:
      return { offset: at, message: say('braceNotClosed') };
    case CLOSE_BRACKET_EXPECTED:
      return { offset: at, message: say('bracketNotClosed') };
    case END_OF_FILE_EXPECTED:
      return { offset: at, message: say('moreAfterEnd', { what }) };
    case UNEXPECTED_END_OF_COMMENT:
      return { offset: at, message: say('commentNotClosed') };
    case UNEXPECTED_END_OF_STRING:
      return { offset: at, message: say('textNotClosed') };
    case INVALID_UNICODE:
      return { offset: find(text, at, /\\u/), message: say('badUnicode') };
    case INVALID_ESCAPE:
      return { offset: find(text, at + 1, /\\[^"\\/bfnrtu]/), message: say('badEscape') };
    case INVALID_CHARACTER:
      return { offset: find(text, at, /[\u0000-\u001f]/), message: say('controlCharacter') };
    default:
      return { offset: at, message: say('notValidJsonHere') };
  }
}

function invalidSymbol(text: string, at: number, word: string, what: FileWhat): Said {
  const first = text.search(/\S/);
  if (word.startsWith("'")) return say('singleQuotes');
  if (word === 'NaN' || word === 'Infinity' || word === 'undefined') return say('notAJsonValue', { word });
  if (/^\s*:/.test(text.slice(at + word.length)) && at !== first) return say('unquotedFieldName', { word });
  if (at === first) return say('notJsonFile', { what });
  if (/^[A-Za-z]/.test(word)) return say('unexpectedWord', { word });
  return say('unexpectedCharacter', { char: word.slice(0, 1) });
}

/** Offset of the first match of `re` at or after `from`, or `from` when there is none. */
function find(text: string, from: number, re: RegExp): number {
  const i = text.slice(from, from + 10_000).search(re);
  return i < 0 ? from : from + i;
}
