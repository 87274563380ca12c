import { useEffect, useState } from 'react';
import type { Theme } from '../filters/use-preferences';

const DARK = '(prefers-color-scheme: dark)';

/**
 * Puts the theme on the page. "System" follows the operating system; a presentation uses the
 * high-contrast projector theme unless the presenter chose another.
 */
export function useTheme(theme: Theme, presenting: boolean): void {
  const [systemDark, setSystemDark] = useState(() => typeof window !== 'undefined' && window.matchMedia(DARK).matches);
  useEffect(() => {
    const query = window.matchMedia(DARK);
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  useEffect(() => {
    const resolved = theme !== 'system' ? theme : presenting ? 'contrast' : systemDark ? 'dark' : 'light';
    document.documentElement.dataset.theme = resolved;
    // Presenting scales every rem-sized text up with the screen (25 px body text at 1920 wide).
    document.documentElement.toggleAttribute('data-presenting', presenting);
  }, [theme, presenting, systemDark]);
}
