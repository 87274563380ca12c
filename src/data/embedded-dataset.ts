declare const __EMBEDDED_DATASET_SHA256__: string;

/**
 * The SHA-256 of the embedded dataset file the build checked (every check of `npm run
 * data:check`; a dataset that fails them fails the build). The page trusts a file with this very
 * hash without checking it again; any other file, opened or served in its place, is checked fully.
 */
export const EMBEDDED_DATASET_SHA256: string = __EMBEDDED_DATASET_SHA256__;
