import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { savedLanguage } from '../i18n/savedLanguage';
import { useLanguageSetting } from '../i18n/useLanguageSetting';
import { gradebookCsv } from '../../platform/results/gradebook';
import type { RescoredEncounter } from '../../platform/results/rescore';
import { DropZone } from '../import/DropZone';
import { useLanguage } from '../language';
import { ReplayViewer } from '../replay/ReplayViewer';
import { findingLabel, stepLabel } from '../results/resultWords';
import { saveTextFile } from '../results/saveTextFile';
import { BarChart } from './BarChart';
import { ClassBoard } from './ClassBoard';
import { HardestScenarios } from './HardestScenarios';
import './instructor.css';
import { LeftOutFiles } from './LeftOutFiles';
import { StudentTables } from './StudentTables';
import { useClassResults } from './useClassResults';

/**
 * The instructor's page: drop students' results files (or a gradebook CSV this page wrote), see
 * the class, what it missed and which scenarios were hardest, replay any encounter, download the
 * gradebook. Everything is read and worked out in this browser; nothing is uploaded.
 */
export function InstructorApp() {
  const { t } = useTranslation();
  const results = useClassResults();
  useLanguageSetting(useMemo(savedLanguage, []));
  const language = useLanguage();
  const { summary } = results;
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [replaying, setReplaying] = useState<RescoredEncounter | null>(null);
  const replayButton = useRef<HTMLButtonElement | null>(null);

  const openFiles = useCallback((files: FileList) => void results.add(Array.from(files)), [results]);
  const startReplay = useCallback((e: RescoredEncounter, button: HTMLButtonElement) => {
    replayButton.current = button;
    setReplaying(e);
  }, []);
  // Back from a replay, the keyboard is where it left: on that encounter's Replay button.
  useEffect(() => {
    if (!replaying && replayButton.current?.isConnected) replayButton.current.focus();
  }, [replaying]);

  return (
    <div className="instructor">
      <header className="instructor-header">
        <h1>{t('instructor.title')}</h1>
        <a href="./index.html">{t('instructor.back')}</a>
      </header>
      {replaying && (
        <ReplayViewer
          scenario={replaying.scenario}
          mode={replaying.mode}
          log={replaying.log}
          student={replaying.from.student}
          recorded={{ score: replaying.claimed.score, passed: replaying.claimed.passed }}
          onClose={() => setReplaying(null)}
        />
      )}
      <main className="instructor-main" hidden={replaying !== null}>
        <section className="open-results" aria-labelledby={`${id}-open`}>
          <h2 id={`${id}-open`}>{t('instructor.open')}</h2>
          <p id={`${id}-hint`}>{t('instructor.hint')}</p>
          <div className="btn-row">
            <button type="button" className="btn btn-primary" aria-describedby={`${id}-hint`} onClick={() => input.current?.click()}>
              {t('instructor.openButton')}
            </button>
            {summary.encounterCount > 0 && (
              <button
                type="button"
                className="btn"
                onClick={() =>
                  saveTextFile(`techshift-gradebook-${new Date().toISOString().slice(0, 10)}.csv`, gradebookCsv(summary), 'text/csv')
                }
              >
                {t('instructor.gradebook')}
              </button>
            )}
            {(summary.encounterCount > 0 || results.leftOut.length > 0) && (
              <button type="button" className="btn" onClick={results.clear}>
                {t('instructor.clear')}
              </button>
            )}
          </div>
          <input
            ref={input}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            multiple
            hidden
            data-testid="results-file-input"
            onChange={(e) => {
              if (e.target.files?.length) openFiles(e.target.files);
              e.target.value = '';
            }}
          />
          <p className="instructor-status" role="status" aria-live="polite">
            {results.status}
          </p>
        </section>
        <LeftOutFiles files={results.leftOut} />
        {summary.encounterCount > 0 && (
          <>
            <ClassBoard rescored={results.rescored} />
            <StudentTables summary={summary} onReplay={startReplay} />
            <div className="charts">
              <BarChart
                title={t('instructor.missedTitle')}
                description={t('instructor.missedAbout')}
                unit={t('instructor.encounters')}
                bars={summary.missedFindings.map((f) => ({ label: findingLabel(f.key, language), count: f.count, of: f.of }))}
              />
              <BarChart
                title={t('instructor.stepsTitle')}
                description={t('instructor.stepsAbout')}
                unit={t('instructor.encounters')}
                bars={summary.missedSteps.map((s) => ({ label: stepLabel(s.key, language), count: s.count, of: s.of }))}
              />
            </div>
            <HardestScenarios scenarios={summary.scenarios} />
          </>
        )}
      </main>
      <DropZone onFiles={openFiles} message={t('instructor.drop')} />
    </div>
  );
}
