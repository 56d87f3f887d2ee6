import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';
import { selectShiftSummary, useAppStore, useAppStoreApi } from '../../state';
import { useAuthorText, useLanguage } from '../language';
import { ReportScreen } from '../report/ReportScreen';
import { EndSessionButton } from '../session/EndSessionButton';
import { DownloadResults } from '../results/DownloadResults';
import { shiftEncounters } from '../results/playedEncounters';
import '../results/results.css';
import { renderFeedback } from '../../core';
import { AuthorText } from '../AuthorText';
import { PrioritySummary } from './PrioritySummary';

/**
 * End of shift: each patient's score, pass or fail and critical errors, and the average, replayed from the shift's logs.
 * Each patient's report opens below the table; the results download; the summary is kept until End session.
 */
export function ShiftSummary({ onMenu }: { onMenu(): void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const summary = useAppStore(selectShiftSummary);
  const encounters = useAppStore((s) => s.shiftEncounters);
  const heading = useRef<HTMLHeadingElement>(null);
  const [open, setOpen] = useState<number | null>(null);
  const language = useLanguage();
  const authored = useAuthorText();
  useEffect(() => heading.current?.focus(), []);
  if (!summary) return null;
  const { title, rows, timeUp } = summary;
  const scored = rows.filter((r) => r.report);
  const average = scored.length ? Math.round(scored.reduce((sum, r) => sum + (r.report?.score ?? 0), 0) / scored.length) : 0;
  const passed = scored.filter((r) => r.report?.passed).length;
  const shown = open === null ? null : rows[open];
  // The report is worded against that patient's own scenario, not the last one played.
  const shownScenario = shown ? [...encounters.values()].find((e) => e.source === shown.source) : undefined;
  return (
    <section className="shift-summary" aria-labelledby="shift-summary-heading">
      <h2 id="shift-summary-heading" ref={heading} tabIndex={-1}>
        {t('shift.title', { title: authored(title) })}
      </h2>
      {timeUp && (
        <p className="shift-timeup">
          <span aria-hidden="true">⏰ </span>
          {t('shift.timeUp')}
        </p>
      )}
      <p className="shift-average">
        {t('shift.averageBefore')} <strong>{average}</strong> {t('shift.averageAfter', { passed, count: rows.length })}
      </p>
      <PrioritySummary decisions={summary.priorities} />
      <table>
        <caption>{t('shift.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shift.patient')}</th>
            <th scope="col">{t('shift.case')}</th>
            <th scope="col">{t('shift.score')}</th>
            <th scope="col">{t('shift.result')}</th>
            <th scope="col">{t('shift.critical')}</th>
            <th scope="col">{t('shift.report')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.source}-${i}`}>
              <td>{row.patient}</td>
              <td>
                <AuthorText text={row.title} />
              </td>
              <td>{row.report ? Math.round(row.report.score) : '—'}</td>
              <td>{row.report ? (row.report.passed ? t('shift.pass') : t('shift.fail')) : t('shift.gone')}</td>
              <td>{row.report?.critical.map((c) => renderFeedback(c, language).what).join(' ') || t('shift.none')}</td>
              <td>
                {row.report && (
                  <button
                    type="button"
                    aria-expanded={open === i}
                    aria-label={t('shift.reportFor', { patient: row.patient })}
                    onClick={() => setOpen(open === i ? null : i)}
                  >
                    {open === i ? t('shift.hideReport') : t('shift.report')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="btn-row">
        <DownloadResults encounters={() => shiftEncounters(store.getState())} className="primary" />
        <button type="button" onClick={onMenu}>
          {t('shift.menu')}
        </button>
        <EndSessionButton />
      </div>
      <p className="hint">{t('shift.kept')}</p>
      {shown?.report && shownScenario && (
        <div
          className="shift-report"
          aria-label={t('shift.reportRegion', { patient: shown.patient, title: authored(shown.title) })}
          role="region"
        >
          <ReportScreen report={shown.report} scenario={shownScenario} />
          <button type="button" onClick={() => setOpen(null)}>
            {t('shift.closeReport')}
          </button>
        </div>
      )}
    </section>
  );
}
