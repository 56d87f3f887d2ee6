import type { LocalText } from '../core';
import { useAuthorText } from './language';

/** What a scenario's author wrote, in the UI's language, always as text (never as HTML). */
export function AuthorText({ text }: { text: LocalText }) {
  return <>{useAuthorText()(text)}</>;
}
