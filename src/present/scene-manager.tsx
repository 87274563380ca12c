import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { Dataset } from '../data/schema';
import { downloadBlob } from '../export/download-blob';
import { pickState, useFilters } from '../filters/use-filters';
import { serializeState } from '../filters/url-state';
import type { Messages } from '../i18n/messages';
import { limit } from '../data/parse-dataset';
import { parseScenes, serializeScenes } from './scene-file';
import { applyScene } from './apply-scene';
import type { Scene } from './scene';
import { useScenes } from './use-scenes';

interface SceneManagerProps {
  /** The scenes in use: the presenter's own, or the default tour. */
  scenes: Scene[];
  dataset: Dataset;
  t: Messages;
  onClose: () => void;
}

/** Where a presenter prepares the tour: add, rename, reorder, delete, export and import scenes. */
export default function SceneManager({ scenes, dataset, t, onClose }: SceneManagerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; lines: string[] } | null>(null);
  // A file read and checked, waiting for the presenter to say whether it replaces their scenes.
  const [pending, setPending] = useState<{ file: string; scenes: Scene[] } | null>(null);
  // The scenes as they were before the last import or reset (null: the default tour), to undo it.
  const [before, setBefore] = useState<{ scenes: Scene[] | null } | null>(null);
  const store = useScenes();
  const language = useFilters((s) => s.language);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      if (element?.open) element.close();
    };
  }, []);

  const edit = () => {
    setBefore(null);
    store.startEditing(scenes);
  };
  const addCurrent = () => {
    edit();
    // Scenes leave the language out (English is the default, so it is not written): a tour
    // plays in whichever language the presenter uses.
    const query = serializeState({ ...pickState(useFilters.getState()), language: 'en' });
    store.addScene({ id: `scene-${Date.now().toString(36)}`, name: t.newSceneName(scenes.length + 1), query });
  };
  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = parseScenes(await file.text(), dataset, language);
    setBefore(null);
    if (result.ok) {
      setPending({ file: file.name, scenes: result.scenes });
      setMessage(null);
    } else {
      setPending(null);
      setMessage({ kind: 'error', lines: [t.importFailed(file.name), ...limit(result.problems)] });
    }
  };
  // Replacing or resetting the scenes can be undone until the next change of the list.
  const replace = (next: Scene[] | null, said: string) => {
    setBefore({ scenes: store.scenes });
    store.importScenes(next);
    setPending(null);
    setMessage({ kind: 'ok', lines: [said] });
  };
  const append = (imported: Scene[]) => {
    // New ids: the file's may be those of scenes already in the list.
    const stamp = Date.now().toString(36);
    replace([...scenes, ...imported.map((scene, i) => ({ ...scene, id: `scene-${stamp}-${i}` }))], t.appended(imported.length));
  };
  const undo = () => {
    if (!before) return;
    store.importScenes(before.scenes);
    setBefore(null);
    setMessage({ kind: 'ok', lines: [t.undone] });
  };

  return (
    <dialog ref={dialog} className="scene-manager" aria-labelledby="scene-manager-title" onClose={onClose}>
      <div className="scene-manager__head">
        <h2 id="scene-manager-title">{t.scenesTitle}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
      <ol className="scene-manager__list">
        {scenes.map((scene, i) => (
          <li key={scene.id} className="scene-manager__scene">
            <span className="scene-manager__number">{i + 1}</span>
            <input
              aria-label={`${t.sceneName} ${i + 1}`}
              value={scene.name}
              onChange={(e) => (edit(), store.renameScene(scene.id, e.target.value))}
            />
            {/* A link, to copy or open elsewhere; here it applies the scene in the page, keeping an opened dataset. */}
            <a
              className="button button--secondary button--small"
              href={`?${scene.query}`}
              onClick={(event) => {
                if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                applyScene(scene, dataset);
                onClose();
              }}
            >
              {t.openScene}
            </a>
            <button type="button" className="button button--secondary button--small" disabled={i === 0} aria-label={`${t.moveUp}: ${scene.name}`} onClick={() => (edit(), store.moveScene(scene.id, -1))}>
              ↑
            </button>
            <button type="button" className="button button--secondary button--small" disabled={i === scenes.length - 1} aria-label={`${t.moveDown}: ${scene.name}`} onClick={() => (edit(), store.moveScene(scene.id, 1))}>
              ↓
            </button>
            <button type="button" className="button button--secondary button--small" aria-label={`${t.deleteScene}: ${scene.name}`} onClick={() => (edit(), store.deleteScene(scene.id))}>
              {t.deleteScene}
            </button>
          </li>
        ))}
      </ol>
      <div className="scene-manager__actions">
        <button type="button" className="button button--small" onClick={addCurrent}>
          {t.addScene}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => downloadBlob(new Blob([serializeScenes(scenes)], { type: 'application/json' }), 'dashboard-scenes.json')}
        >
          {t.exportScenes}
        </button>
        <label className="button button--secondary button--small scene-manager__import">
          {t.importScenes}
          <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e)} />
        </label>
        <button type="button" className="button button--secondary button--small" onClick={() => replace(null, t.tourReset)}>
          {t.resetTour}
        </button>
      </div>
      {pending && (
        <div role="group" aria-label={t.importScenes} className="scene-manager__choice">
          <p>{t.importChoice(pending.file, pending.scenes.length, scenes.length)}</p>
          <button type="button" className="button button--small" onClick={() => replace(pending.scenes, t.imported(pending.scenes.length))}>
            {t.replaceScenes}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => append(pending.scenes)}>
            {t.appendScenes}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setPending(null)}>
            {t.cancel}
          </button>
        </div>
      )}
      {message && (
        <div role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'scene-manager__error' : 'scene-manager__ok'}>
          <p>
            {message.lines[0]}
            {before && message.kind === 'ok' && (
              <>
                {' '}
                <button type="button" className="button button--secondary button--small" onClick={undo}>
                  {t.undo}
                </button>
              </>
            )}
          </p>
          {message.lines.length > 1 && (
            <ul>
              {message.lines.slice(1).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </dialog>
  );
}
