import { useEffect, useId, useRef, useState } from 'react';
import type { Messages } from '../i18n/messages';

export interface ExportChoice {
  format: 'png' | 'svg' | 'csv';
  scale: 1 | 2 | 4;
  scope: 'selection' | 'all';
}

interface ExportMenuProps {
  /** What is exported, for the button's accessible name ("Export: Countries"). */
  what: string;
  /** The button's visible text. */
  label: string;
  t: Messages;
  /** Whether the browser can put an image on the clipboard. */
  canCopy: boolean;
  onDownload: (choice: ExportChoice) => void;
  onCopy: (choice: ExportChoice) => void;
}

/** A button that opens the export choices: format, image size or data scope, download or copy. */
export function ExportMenu({ what, label, t, canCopy, onDownload, onCopy }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<ExportChoice>({ format: 'png', scale: 2, scope: 'selection' });
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const radios = <K extends keyof ExportChoice>(key: K, legend: string, options: [ExportChoice[K], string][]) => (
    <fieldset className="export-menu__field">
      <legend>{legend}</legend>
      {options.map(([value, text]) => (
        <label key={String(value)}>
          <input type="radio" name={`${id}-${key}`} checked={choice[key] === value} onChange={() => setChoice({ ...choice, [key]: value })} />
          {text}
        </label>
      ))}
    </fieldset>
  );

  return (
    <div className="export-menu" ref={root} onKeyDown={(e) => e.key === 'Escape' && open && (e.stopPropagation(), close())}>
      <button
        ref={button}
        type="button"
        className="button button--secondary button--small"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label={t.exportView(what)}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open && (
        <div id={`${id}-panel`} role="group" aria-label={t.exportView(what)} className="export-menu__panel">
          {radios('format', t.format, [['png', 'PNG'], ['svg', 'SVG'], ['csv', 'CSV']])}
          {choice.format === 'png' && radios('scale', t.imageSize, [[1, '1×'], [2, '2×'], [4, '4×']])}
          {choice.format === 'csv' && radios('scope', t.csvScope, [['selection', t.currentSelection], ['all', t.fullDataset]])}
          <div className="export-menu__actions">
            <button type="button" className="button button--small" onClick={() => (setOpen(false), onDownload(choice))}>
              {t.download}
            </button>
            {choice.format === 'png' && canCopy && (
              <button type="button" className="button button--secondary button--small" onClick={() => (setOpen(false), onCopy(choice))}>
                {t.copyImage}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
