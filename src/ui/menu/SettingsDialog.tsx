import { useTranslation } from 'react-i18next';
import { useEffect, useId, useRef } from 'react';
import { selectSettings, useAppStore } from '../../state';
import { usePharmacyView } from '../plan/usePharmacyView';
import { useFormats } from '../i18n/formats';
import { LanguagePicker } from './LanguagePicker';

/** Volume, motion, graphics quality, the simple 2D view and the shift time limit, in a modal dialog. */
export function SettingsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const settings = useAppStore(selectSettings);
  const update = useAppStore((s) => s.updateSettings);
  const id = useId();
  const formats = useFormats();
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
      <h2 id={`${id}-title`}>{t('settings.title')}</h2>
      <form method="dialog">
        <LanguagePicker />
        {/* htmlFor: the <output> inside comes first and would otherwise take the label from the slider. */}
        <label htmlFor={`${id}-effects`}>
          {t('settings.effects')} <output>{formats.percent(settings.effectsVolume)}</output>
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
          {t('settings.ambience')} <output>{formats.percent(settings.ambienceVolume)}</output>
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
          {t('settings.reducedMotion')}
        </label>
        <fieldset>
          <legend>{t('settings.quality')}</legend>
          <label className="check">
            <input type="radio" name={`${id}-quality`} checked={settings.quality === 'high'} onChange={() => update({ quality: 'high' })} />
            {t('settings.high')}
          </label>
          <label className="check">
            <input type="radio" name={`${id}-quality`} checked={settings.quality === 'low'} onChange={() => update({ quality: 'low' })} />
            {t('settings.low')}
          </label>
        </fieldset>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.simpleView}
            onChange={(e) => update({ simpleView: e.target.checked })}
            aria-describedby={forced ? `${id}-forced` : undefined}
          />
          {t('settings.simpleView')}
        </label>
        {forced && (
          <p id={`${id}-forced`} className="settings-note">
            {t(`planReason.${view.why}`)}
          </p>
        )}
        <fieldset>
          <legend>{t('settings.timeLimit')}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={settings.timeLimit.enabled}
              onChange={(e) => update({ timeLimit: { ...settings.timeLimit, enabled: e.target.checked } })}
            />
            {t('settings.useTimeLimit')}
          </label>
          <label>
            {t('settings.extraMinutes')}
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
          {t('settings.done')}
        </button>
      </form>
    </dialog>
  );
}

function clampMinutes(text: string): number {
  const n = Math.round(Number(text));
  return Number.isFinite(n) ? Math.min(120, Math.max(0, n)) : 0;
}
