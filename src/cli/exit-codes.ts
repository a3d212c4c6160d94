/** The exit codes of `dyad`, shared by the commands (apart from ingest.ts so that importing them loads nothing else, #13). */

/** Something failed: the run did not finish. */
export const EXIT_FAILURE = 1;
/** Bad usage: an unknown command or option, a bad option value. */
export const EXIT_USAGE = 2;
/** The run finished, but some records were rejected. */
export const EXIT_REJECTED = 3;
