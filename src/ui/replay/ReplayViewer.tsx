import { useTranslation } from 'react-i18next';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { STATION_IDS, report, type Action, type ResolvedEncounter, type StationId } from '../../core';
import { AppStoreProvider, type Mode } from '../../state';
import { StationPanel } from '../panels/StationPanel';
import { ReportScreen } from '../report/ReportScreen';
import { minutesText } from '../game/clockText';
import { actionText } from './actionText';
import './replay.css';
import { replayStoreAt } from './replayStore';
import { StepFeedback } from './StepFeedback';
import { useAuthorText, useLanguage } from '../language';

export interface ReplayViewerProps {
  scenario: ResolvedEncounter;
  mode: Mode;
  log: readonly Action[];
  /** Whose encounter this is, for the heading. */
  student: string;
  /** What the results file recorded, to set beside the replay's own score at the end. */
  recorded?: { score: number; passed: boolean };
  onClose?(): void;
}

/**
 * Steps through a student's encounter action by action: forward, back, or straight to a step
 * (slider or list). At each step the station panels show the encounter as it was, drawn from
 * a read-only store replayed to that step, with the feedback that step produced beside them.
 */
export function ReplayViewer({ scenario, mode, log, student, recorded, onClose }: ReplayViewerProps) {
  const { t } = useTranslation();
  const authored = useAuthorText();
  const language = useLanguage();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [step, setStep] = useState(0);
  const [station, setStation] = useState<StationId | null>(null);
  const [reportOpen, setReportOpen] = useState(false);
  const total = log.length;
  const store = useMemo(() => {
    const s = replayStoreAt(scenario, mode, log, step);
    if (station) s.setState({ station });
    return s;
  }, [scenario, mode, log, step, station]);
  const state = store.getState();
  const encounter = state.encounter;
  const atEnd = step === total;
  const results = (encounter?.results ?? []).filter(
    (r) => r.actionIndex === step - 1 || (atEnd && (r.actionIndex < 0 || r.actionIndex >= total)),
  );
  const finalReport = useMemo(() => (encounter?.complete ? report(encounter) : null), [encounter]);
  const current = log[step - 1];
  const where = current
    ? t('replay.where', { action: actionText(current, scenario, t, language), time: minutesText(current.at) })
    : t('replay.before');

  useEffect(() => heading.current?.focus(), []);
  const goTo = (next: number) => {
    setStation(null);
    setStep(Math.max(0, Math.min(total, next)));
  };

  return (
    <AppStoreProvider store={store}>
      <section className="replay" aria-labelledby={`${id}-title`}>
        <header className="replay-header">
          <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
            {t('replay.title', { student, title: authored(scenario.title) })}
          </h2>
          <p>{mode === 'practice' ? t('replay.practiceInfo', { count: total }) : t('replay.assessmentInfo', { count: total })}</p>
          {onClose && (
            <button type="button" className="btn" onClick={onClose}>
              {t('replay.backToClass')}
            </button>
          )}
        </header>

        <div className="replay-controls" role="group" aria-label={t('replay.controls')}>
          <button type="button" className="btn" onClick={() => goTo(step - 1)} disabled={step === 0}>
            <span aria-hidden="true">◀ </span>
            {t('replay.back')}
          </button>
          <label className="replay-slider">
            {t('replay.step')}
            <input
              type="range"
              min={0}
              max={total}
              value={step}
              aria-valuetext={t('replay.stepOf', { step, total, where })}
              onChange={(e) => goTo(Number(e.target.value))}
            />
          </label>
          <button type="button" className="btn" onClick={() => goTo(step + 1)} disabled={atEnd}>
            {t('replay.forward')}
            <span aria-hidden="true"> ▶</span>
          </button>
          <p className="replay-position" role="status" aria-live="polite">
            {t('replay.stepOf', { step, total, where })}
          </p>
        </div>

        <div className="replay-body">
          <nav className="replay-steps" aria-label={t('replay.everyStep')}>
            <ol>
              <li>
                <button type="button" aria-current={step === 0 ? 'step' : undefined} onClick={() => goTo(0)}>
                  {t('replay.stepZero')}
                </button>
              </li>
              {log.map((a, i) => (
                <li key={i}>
                  <button type="button" aria-current={step === i + 1 ? 'step' : undefined} onClick={() => goTo(i + 1)}>
                    {t('replay.stepN', { n: i + 1, action: actionText(a, scenario, t, language) })}{' '}
                    <span className="replay-time">{minutesText(a.at)}</span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>

          <div className="replay-station">
            <div className="replay-station-nav" role="group" aria-label={t('replay.otherStation')}>
              {STATION_IDS.map((s) => (
                <button key={s} type="button" className="btn btn-small" aria-pressed={state.station === s} onClick={() => setStation(s)}>
                  {t(`stations.${s}`)}
                </button>
              ))}
            </div>
            {/* Inert: the panels are a picture of the moment, not controls. */}
            <div className="replay-panels" inert>
              <StationPanel />
            </div>
          </div>

          <StepFeedback results={results} scenario={scenario} mode={mode} atEnd={atEnd} />
        </div>

        {finalReport && (
          <div className="replay-report">
            <p className="replay-compare" role="note">
              {t('replay.replayed')} <strong>{finalReport.score}</strong> ({finalReport.passed ? t('replay.pass') : t('replay.fail')})
              {recorded && (
                <>
                  {' '}
                  · {t('replay.recorded')} <strong>{recorded.score}</strong> ({recorded.passed ? t('replay.pass') : t('replay.fail')})
                  {recorded.score === finalReport.score && recorded.passed === finalReport.passed ? t('replay.same') : t('replay.differ')}
                </>
              )}
            </p>
            <button type="button" className="btn" aria-expanded={reportOpen} onClick={() => setReportOpen(!reportOpen)}>
              {reportOpen ? t('replay.hideReport') : t('replay.showReport')}
            </button>
            {reportOpen && <ReportScreen report={finalReport} scenario={scenario} />}
          </div>
        )}
      </section>
    </AppStoreProvider>
  );
}
