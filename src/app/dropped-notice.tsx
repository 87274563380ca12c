import { useDroppedFilters } from '../filters/use-dropped-filters';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import { Notice } from './notice';
import { NoticeList } from './url-notices';

/** Says which filters were left out when the dataset or a scene changed what there is to filter. */
export function DroppedNotice({ language }: { language: Language }) {
  const t = MESSAGES[language];
  const { dropped, dismiss } = useDroppedFilters();
  if (!dropped) return null;
  return (
    <Notice role="status" title={dropped.because.kind === 'scene' ? t.droppedByScene(dropped.because.name) : t.droppedByDataset} dismissLabel={t.dismiss} onDismiss={dismiss}>
      <NoticeList notices={dropped.notices} language={language} />
    </Notice>
  );
}
