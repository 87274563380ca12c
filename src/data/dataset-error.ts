export type DatasetErrorKind = 'network' | 'http' | 'empty' | 'parse' | 'schema' | 'integrity';

/** Why a dataset could not be used, naming the file and each problem found in it. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';

  constructor(
    /** What went wrong, by class. */
    readonly kind: DatasetErrorKind,
    /** The file the problem is in, as the user would find it. */
    readonly file: string,
    /** One line per problem, each naming where it is. */
    readonly problems: readonly string[],
    /** HTTP status, when the server answered with an error. */
    readonly status?: number,
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }

  /** Only a network failure or a server error can heal by itself. */
  get retryable(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}
