// Ids as words: `right-vs-right` reads as "right vs right" in a sentence or a table.
export const idWords = (id: string) => id.replace(/-/g, ' ');

/** The first letter in capitals: `right vs wrong` -> `Right vs wrong`. */
export const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
