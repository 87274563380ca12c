import { DatasetError } from '../data/dataset-error';
import { useMessages } from '../filters/use-messages';

interface DatasetLoadErrorProps {
  /** What the loader threw. */
  error: Error;
  /** The heading; by default, that the dataset could not be loaded. */
  title?: string;
  /** Whether a retry is under way. */
  retrying: boolean;
  onRetry: () => void;
  /** The button's text; "Try again" by default. */
  retryLabel?: string;
}

/** Names the file and each problem in it, and offers to try again. */
export function DatasetLoadError({ error, title, retrying, onRetry, retryLabel }: DatasetLoadErrorProps) {
  const t = useMessages();
  const file = error instanceof DatasetError ? error.file : undefined;
  const problems = error instanceof DatasetError ? error.problems : [error.message];
  return (
    <section role="alert" aria-label={title ?? t.loadFailed} className="panel panel--error">
      <h2>{title ?? t.loadFailed}</h2>
      {file && (
        <p>
          {t.inFile} <code>{file}</code>
        </p>
      )}
      <ul className="problem-list">
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retryLabel ?? t.retry}
      </button>
    </section>
  );
}
