import { useDroppedFilters } from '../filters/use-dropped-filters';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import { NoticeList } from './url-notices';

/** Says which filters were left out when the dataset or a scene changed what there is to filter. */
export function DroppedNotice({ language }: { language: Language }) {
  const t = MESSAGES[language];
  const { dropped, dismiss } = useDroppedFilters();
  if (!dropped) return null;
  return (
    <div className="notice" role="status">
      <p>{dropped.because.kind === 'scene' ? t.droppedByScene(dropped.because.name) : t.droppedByDataset}</p>
      <NoticeList notices={dropped.notices} language={language} />
      <button type="button" className="button button--secondary" onClick={dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
