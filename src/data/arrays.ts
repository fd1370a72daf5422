// Arrays of any length, from files or people: no spread into a call's arguments, which overflows
// the stack somewhere past 100,000 items (Math.max(...xs), xs.push(...ys)) and so turns a large
// hostile file into a crash.

/** The largest of the values, and at least `least` (the answer for none). */
export function largest(values: Iterable<number>, least = Number.NEGATIVE_INFINITY): number {
  let most = least;
  for (const value of values) if (value > most) most = value;
  return most;
}

/** Adds every item to the end of `target`, however many there are. */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
