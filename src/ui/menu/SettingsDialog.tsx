import { useEffect, useId, useRef } from 'react';
import { selectSettings, useAppStore } from '../../state';
import { usePharmacyView } from '../plan/usePharmacyView';
import { PLAN_REASON_WORDS } from '../plan/viewMode';

/** Volume, motion, graphics quality, the simple 2D view and the shift time limit, in a modal dialog. */
export function SettingsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const settings = useAppStore(selectSettings);
  const update = useAppStore((s) => s.updateSettings);
  const id = useId();
  const view = usePharmacyView();
  // When the browser itself cannot draw 3D, the plan is used whatever the box says: say so beside it.
  const forced = view.kind === 'plan' && view.why !== 'setting';

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="settings" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>Settings</h2>
      <form method="dialog">
        {/* htmlFor: the <output> inside comes first and would otherwise take the label from the slider. */}
        <label htmlFor={`${id}-effects`}>
          Sound effects volume <output>{Math.round(settings.effectsVolume * 100)}%</output>
          <input
            id={`${id}-effects`}
            type="range"
            min={0}
            max={100}
            value={Math.round(settings.effectsVolume * 100)}
            onChange={(e) => update({ effectsVolume: Number(e.target.value) / 100 })}
          />
        </label>
        <label htmlFor={`${id}-ambience`}>
          Room ambience volume <output>{Math.round(settings.ambienceVolume * 100)}%</output>
          <input
            id={`${id}-ambience`}
            type="range"
            min={0}
            max={100}
            value={Math.round(settings.ambienceVolume * 100)}
            onChange={(e) => update({ ambienceVolume: Number(e.target.value) / 100 })}
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={settings.reducedMotion} onChange={(e) => update({ reducedMotion: e.target.checked })} />
          Reduce motion (the camera cuts between stations instead of travelling)
        </label>
        <fieldset>
          <legend>Graphics quality</legend>
          <label className="check">
            <input type="radio" name={`${id}-quality`} checked={settings.quality === 'high'} onChange={() => update({ quality: 'high' })} />
            High
          </label>
          <label className="check">
            <input type="radio" name={`${id}-quality`} checked={settings.quality === 'low'} onChange={() => update({ quality: 'low' })} />
            Low (for older lab machines)
          </label>
        </fieldset>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.simpleView}
            onChange={(e) => update({ simpleView: e.target.checked })}
            aria-describedby={forced ? `${id}-forced` : undefined}
          />
          Simple 2D view (a flat plan of the pharmacy instead of 3D, for machines that draw slowly)
        </label>
        {forced && (
          <p id={`${id}-forced`} className="settings-note">
            {PLAN_REASON_WORDS[view.why]}
          </p>
        )}
        <fieldset>
          <legend>Shift time limit</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={settings.timeLimit.enabled}
              onChange={(e) => update({ timeLimit: { ...settings.timeLimit, enabled: e.target.checked } })}
            />
            Use the shift's time limit
          </label>
          <label>
            Extra minutes
            <input
              type="number"
              min={0}
              max={120}
              step={5}
              value={settings.timeLimit.extraMinutes}
              disabled={!settings.timeLimit.enabled}
              onChange={(e) => update({ timeLimit: { ...settings.timeLimit, extraMinutes: clampMinutes(e.target.value) } })}
            />
          </label>
        </fieldset>
        <button type="submit" className="btn primary">
          Done
        </button>
      </form>
    </dialog>
  );
}

function clampMinutes(text: string): number {
  const n = Math.round(Number(text));
  return Number.isFinite(n) ? Math.min(120, Math.max(0, n)) : 0;
}
