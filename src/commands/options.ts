// Shared by the command tree's files (program.ts, records/commands.ts).

/** For an option that can be given more than once: each value is added to the list. */
export const collect = (value: string, previous: string[]) => [...previous, value];
