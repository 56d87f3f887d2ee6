import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { selectSettings, UI_LANGUAGES, useAppStore } from '../../state';

/** The UI's language, chosen from a list of each language's own name; saved with the other settings. */
export function LanguagePicker() {
  const { t } = useTranslation();
  const id = useId();
  const language = useAppStore(selectSettings).language;
  const update = useAppStore((s) => s.updateSettings);
  return (
    <p className="language-picker">
      <label htmlFor={id}>{t('menu.language')}</label>{' '}
      <select id={id} value={language} onChange={(e) => update({ language: e.target.value as (typeof UI_LANGUAGES)[number] })}>
        {UI_LANGUAGES.map((l) => (
          // Each name in its own language, so a student who cannot read the current one still finds theirs.
          <option key={l} value={l} lang={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
    </p>
  );
}
