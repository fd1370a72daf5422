// Ids as words: `right-vs-right` reads as "right vs right" in a sentence or a table.
export const idWords = (id: string) => id.replace(/-/g, ' ');
