import type { CodingMessages } from './coding-messages';

interface CheckResultProps {
  /** What the checks of data:check say of what is being coded. */
  problems: readonly string[];
  t: CodingMessages;
  /** Said where nothing is wrong, if anything. */
  holds?: string;
  /** The button that saves it, enabled only when nothing is wrong. */
  action: string;
  onAction: () => void;
}

/** What the checks say, as it is filled in, and the button that saves it once they pass. */
export function CheckResult({ problems, t, holds, action, onAction }: CheckResultProps) {
  return (
    <>
      {problems.length > 0 ? (
        <div className="coding__problem" role="status">
          <p>{t.problems}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        holds && (
          <p role="status" className="coding__holds">
            {holds}
          </p>
        )
      )}
      <button type="button" className="button" disabled={problems.length > 0} onClick={onAction}>
        {action}
      </button>
    </>
  );
}
