import { useSetAside } from '../storage/healing-storage';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';

/** Says, once, what stored state could not be used and where it was put; the page carries on without it. */
export function SetAsideNotice({ language }: { language: Language }) {
  const t = MESSAGES[language];
  const { setAside, dismiss } = useSetAside();
  if (setAside.length === 0) return null;
  return (
    <div className="notice" role="alert">
      <p>{t.setAsideTitle}</p>
      <ul>
        {setAside.map((item) => (
          <li key={item.backupKey}>
            <strong>{t.setAsideWhat[item.what]}</strong>: {t.setAside(item.reason, item.backupKey)}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" onClick={dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
