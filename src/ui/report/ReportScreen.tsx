import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { selectReport, selectScenario } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/StoreContext';
import { useLanguage } from '../language';
import '../panels.css';
import { DownloadResults } from '../results/DownloadResults';
import { currentEncounter } from '../results/playedEncounters';
import { ReportGains } from '../progress/ReportGains';
import { FeedbackList } from './FeedbackList';
import { NextWorkChoice } from '../shift/NextWorkChoice';
import { feedbackFor, type Report, type ResolvedEncounter, type Result, SKILLS } from '../../core';

/**
 * The end-of-encounter report: score, pass or fail in words, skills, what went well and what to
 * improve. It reads the store's report and scenario unless given both; results are put into
 * words here, at display time. With `onTryAgain` it is the report of the encounter just played,
 * with its moves on and its download; without, a report looked back at (a shift summary's patient).
 */
export function ReportScreen(props: {
  report?: Report;
  scenario?: ResolvedEncounter;
  onTryAgain?(): void;
  onNextPatient?(next?: number): void;
  onMenu?(): void;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const fromStore = useAppStore(selectReport);
  const storeScenario = useAppStore(selectScenario);
  const language = useLanguage();
  const report = props.report ?? fromStore;
  const scenario = props.scenario ?? storeScenario;
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the report instead of somewhere behind it.
  useEffect(() => heading.current?.focus(), [report]);
  if (!report || !scenario) return null;
  // Each item names the skill bar it counted against, so the list and the bars tell one story.
  const words = (results: readonly Result[]) =>
    results.map((r) => ({ ...feedbackFor(r, scenario, language), skillName: t(`skills.${r.skill}`) }));
  return (
    <section className="report" aria-labelledby="report-heading">
      <h2 id="report-heading" ref={heading} tabIndex={-1}>
        {t('report.title')}
      </h2>
      <p className="report-score">
        <span className="report-score-number">{Math.round(report.score)}</span> {t('report.outOf')}
      </p>
      <p className={report.passed ? 'report-verdict pass' : 'report-verdict fail'}>
        <span aria-hidden="true">{report.passed ? '✔ ' : '✖ '}</span>
        {report.passed ? t('report.pass') : t('report.fail')}{' '}
        <span className="report-threshold">{t('report.passMark', { mark: report.passThreshold })}</span>
      </p>
      {!report.passed && <p className="report-why-fail">{report.critical.length > 0 ? t('report.whyCritical') : t('report.whyScore')}</p>}
      {props.onTryAgain && <ReportGains scenario={scenario} />}
      <ul className="skill-bars" aria-label={t('report.bySkill')}>
        {SKILLS.map((skill) => {
          const value = report.skills[skill];
          return (
            <li key={skill}>
              <span className="skill-name">{t(`skills.${skill}`)}</span>
              <span className="skill-bar" aria-hidden="true">
                <span className="skill-fill" style={{ width: `${value ?? 0}%` }} />
              </span>
              <span className="skill-value">
                {value === null ? t('report.notJudged') : t('report.skillValue', { value: Math.round(value) })}
              </span>
            </li>
          );
        })}
      </ul>
      <FeedbackList
        section="critical"
        title={t('report.critical')}
        icon="✖"
        items={words(report.critical)}
        empty={t('report.noCritical')}
      />
      <FeedbackList
        section="improve"
        title={t('report.improve')}
        icon="⚠"
        items={words(report.improve)}
        empty={report.critical.length > 0 ? t('report.nothingElse') : t('report.nothingToImprove')}
      />
      <FeedbackList section="aced" title={t('report.aced')} icon="✔" items={words(report.aced)} empty={t('report.nothingYet')} />
      {/* Part of the report, kept in view at the bottom: "Next patient" only where there is one (a shift). */}
      {props.onTryAgain && (
        <div className="btn-row report-actions">
          <button type="button" className="btn" onClick={props.onTryAgain}>
            {t('report.tryAgain')}
          </button>
          {props.onNextPatient && <NextWorkChoice onNext={props.onNextPatient} />}
          {props.onMenu && (
            <button type="button" className={props.onNextPatient ? 'btn' : 'btn btn-primary'} onClick={props.onMenu}>
              {t('report.menu')}
            </button>
          )}
          <DownloadResults encounters={() => currentEncounter(store.getState())} />
        </div>
      )}
    </section>
  );
}
