import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import type { DatasetChange } from './use-local-dataset';

interface DatasetChangeNoticeProps {
  change: DatasetChange;
  language: Language;
  onUndo: () => void;
  onDismiss: () => void;
}

/** Says which dataset is now shown, whether it is kept for the next visit, and offers to undo the change. */
export function DatasetChangeNotice({ change, language, onUndo, onDismiss }: DatasetChangeNoticeProps) {
  const t = MESSAGES[language];
  return (
    <div className="notice notice--quiet" role="status">
      <p>
        {change.to === 'opened' ? t.datasetOpened(change.file ?? '') : t.datasetEmbedded}
        {change.notKept && <> {t.datasetNotKept(change.notKept)}</>}{' '}
        <button type="button" className="button button--secondary button--small" onClick={onUndo}>
          {t.undo}
        </button>{' '}
        <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
          {t.dismiss}
        </button>
      </p>
    </div>
  );
}
