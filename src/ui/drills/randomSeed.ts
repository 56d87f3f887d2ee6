/** Letters and digits that cannot be misread for one another when a seed is read out in class (no 0/O, 1/I). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A new six-character drill seed. Chosen here in the UI: the core never picks its own randomness. */
export function randomSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => ALPHABET.charAt(b % ALPHABET.length)).join('');
}
