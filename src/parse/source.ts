/** A file's text as read, before parsing: what the loader hands the parser. */
export interface SourceText {
  file: string; // as shown to the user
  path: string; // absolute path
  text: string;
}

/** How standard input is named in messages (`-r -`, `-c -`). */
export const STDIN = "<stdin>";
