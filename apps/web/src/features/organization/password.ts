// No look-alike characters (0/O, 1/l/I), as the API's own generated passwords.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random password for a new account, drawn from the browser's cryptographic generator. */
export function generatePassword(length = 16): string {
  const limit = 256 - (256 % ALPHABET.length); // no modulo bias
  const chars: string[] = [];
  while (chars.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      if (byte < limit && chars.length < length) chars.push(ALPHABET[byte % ALPHABET.length]);
    }
  }
  return chars.join('');
}
