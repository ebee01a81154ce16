/** A cell of an exported table: text, a number (written as a number) or nothing. */
export type Cell = string | number | null;
