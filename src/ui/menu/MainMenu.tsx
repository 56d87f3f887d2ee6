import { useTranslation } from 'react-i18next';
import { useId, useState } from 'react';
import type { DrillSetup } from '../../core';
import { TOPICS } from '../../platform/libraryDescription';
import type { LibraryEntry } from '../../platform/scenarioLibrary';
import { usePharmacyView } from '../plan/usePharmacyView';
import { DrillMenu } from '../drills/DrillMenu';
import { EndSessionButton } from '../session/EndSessionButton';
import { AuthorText } from '../AuthorText';
import { detailText, neutralText } from './entryText';
import { LanguagePicker } from './LanguagePicker';

export type PlayMode = 'practice' | 'assessment';

interface MainMenuProps {
  entries: LibraryEntry[];
  /** The chosen mode; held by the app so a file opened from the menu starts in it too. */
  mode: PlayMode;
  onModeChange(mode: PlayMode): void;
  /** Called by "Start shift"; the click is also the user gesture that unlocks audio. */
  onStart(entry: LibraryEntry, mode: PlayMode): void;
  onOpenSettings(): void;
  /** Starts a board-exam drill; without it the menu offers no drills. */
  onStartDrill?(setup: DrillSetup): void;
  /** Extra content below the list (e.g. "Open your own file"). */
  children?: React.ReactNode;
}

/** The first screen: pick a shift or a single patient, pick a mode, start. */
export function MainMenu({ entries, mode, onModeChange: setMode, onStart, onOpenSettings, onStartDrill, children }: MainMenuProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<string>(entries[0]?.path ?? '');
  const listId = useId();
  const chosen = entries.find((e) => e.path === choice);
  const shifts = entries.filter((e) => e.kind === 'shift');
  const singles = entries.filter((e) => e.kind === 'encounter');
  // The author's summaries may name the problem: only an instructor, in practice mode, asks to see them.
  const [authorNotes, setAuthorNotes] = useState(false);
  const showSummaries = authorNotes && mode === 'practice';
  const view = usePharmacyView();

  return (
    <main className="menu" aria-labelledby={`${listId}-title`}>
      <h1 id={`${listId}-title`}>TechShift</h1>
      <p className="menu-tagline">{t('menu.tagline')}</p>
      {view.kind === 'plan' && <p className="menu-notice menu-view-notice">{t(`planReason.${view.why}`)}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) onStart(chosen, mode);
        }}
      >
        <fieldset className="menu-list">
          <legend>{t('menu.choose')}</legend>
          <div className="menu-list-scroll">
            <EntryGroup
              title={t('menu.shifts')}
              entries={shifts}
              choice={choice}
              onChoose={setChoice}
              name={listId}
              summaries={showSummaries}
            />
            {TOPICS.map((topic) => (
              <EntryGroup
                key={topic}
                title={t('menu.singlePatients', { topic: t(`menu.topics.${topic}`) })}
                entries={singles.filter((e) => (e.topic ?? TOPICS[0]) === topic)}
                choice={choice}
                onChoose={setChoice}
                name={listId}
                summaries={showSummaries}
              />
            ))}
          </div>
          <label className="menu-author-notes">
            <input
              type="checkbox"
              checked={authorNotes}
              disabled={mode === 'assessment'}
              onChange={(e) => setAuthorNotes(e.target.checked)}
            />
            {t('menu.authorNotes')}
          </label>
        </fieldset>
        <fieldset className="menu-mode">
          <legend>{t('menu.mode')}</legend>
          <label>
            <input type="radio" name={`${listId}-mode`} checked={mode === 'practice'} onChange={() => setMode('practice')} />
            {t('menu.practice')}
          </label>
          <label>
            <input type="radio" name={`${listId}-mode`} checked={mode === 'assessment'} onChange={() => setMode('assessment')} />
            {t('menu.assessment')}
          </label>
        </fieldset>
        <div className="menu-actions">
          <button type="submit" className="primary" disabled={!chosen}>
            {chosen?.kind === 'shift' ? t('menu.startShift') : t('menu.startPatient')}
          </button>
          <button type="button" onClick={onOpenSettings}>
            {t('menu.settings')}
          </button>
          <EndSessionButton />
          <LanguagePicker />
        </div>
      </form>
      {onStartDrill && <DrillMenu onStart={onStartDrill} />}
      {children}
    </main>
  );
}

/** One group of the library; each entry shows its neutral description, or the author's summary when asked. */
function EntryGroup(props: {
  title: string;
  entries: LibraryEntry[];
  choice: string;
  onChoose(path: string): void;
  name: string;
  summaries: boolean;
}) {
  const { t } = useTranslation();
  if (props.entries.length === 0) return null;
  return (
    <div className="menu-group" role="group" aria-label={props.title}>
      <h2>{props.title}</h2>
      {props.entries.map((e) => (
        <label key={e.path} className="menu-entry">
          <input type="radio" name={props.name} value={e.path} checked={props.choice === e.path} onChange={() => props.onChoose(e.path)} />
          <span className="menu-entry-title">
            <AuthorText text={e.title} />
          </span>
          {e.detail && <span className="menu-entry-detail">{detailText(e.detail, t)}</span>}
          <span className="menu-entry-summary">
            {props.summaries && e.summary ? (
              <AuthorText text={e.summary} />
            ) : e.studentSummary !== undefined ? (
              <AuthorText text={e.studentSummary} />
            ) : (
              e.neutral && neutralText(e.neutral, t)
            )}
          </span>
        </label>
      ))}
    </div>
  );
}
