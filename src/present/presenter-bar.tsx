import type { Messages } from '../i18n/messages';

interface PresenterBarProps {
  sceneName: string;
  /** 1-based position and count, for "3 / 9". */
  position: number;
  total: number;
  t: Messages;
  onLeave: () => void;
}

/** What the room sees at the bottom of the screen: the scene, where it is in the tour, and how to move. */
export function PresenterBar({ sceneName, position, total, t, onLeave }: PresenterBarProps) {
  return (
    <div className="presenter-bar">
      <p className="presenter-bar__scene" aria-live="polite">
        <span className="presenter-bar__progress">{t.sceneProgress(position, total)}</span> {sceneName}
      </p>
      <div className="presenter-bar__progress-track" aria-hidden="true">
        <span className="presenter-bar__progress-fill" ref={(el) => el?.style.setProperty('width', `${(100 * position) / Math.max(1, total)}%`)} />
      </div>
      <p className="presenter-bar__keys">{t.presenterKeys}</p>
      <button type="button" className="button button--secondary button--small presenter-bar__leave" onClick={onLeave}>
        {t.leavePresentation}
      </button>
    </div>
  );
}
