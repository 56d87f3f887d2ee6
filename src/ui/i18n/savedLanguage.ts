import { SETTINGS_KEY } from '../../platform/studentData';
import { browserBackend } from '../../platform/studentStorage';
import { defaultSettings, loadSettings } from '../../state/settingsSlice';
import type { UiLanguage } from '.';

/** The language saved in the student's settings (under `techshift:`), for pages without the game's store, such as the instructor view. */
export function savedLanguage(): UiLanguage {
  return loadSettings(browserBackend(), SETTINGS_KEY, defaultSettings(false)).language;
}
