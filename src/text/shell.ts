// A word as a POSIX shell reads it back: plain when it is safe bare, in single quotes otherwise.
export const shellWord = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);
