import { useSetAside } from '../storage/healing-storage';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import { Notice } from './notice';

/** Says, once, what stored state could not be used and where it was put; the page carries on without it. */
export function SetAsideNotice({ language }: { language: Language }) {
  const t = MESSAGES[language];
  const { setAside, dismiss } = useSetAside();
  if (setAside.length === 0) return null;
  return (
    <Notice role="alert" title={t.setAsideTitle} dismissLabel={t.dismiss} onDismiss={dismiss}>
      <ul>
        {setAside.map((item) => (
          <li key={item.backupKey}>
            <strong>{t.setAsideWhat[item.what]}</strong>: {t.setAside(item.reason, item.backupKey)}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
