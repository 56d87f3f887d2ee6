import { useTranslation } from 'react-i18next';
import type { ClassSummary, StudentTotals, Totals } from '../../platform/results/classSummary';
import type { RescoredEncounter } from '../../platform/results/rescore';
import type { TFunction } from 'i18next';
import { minutesText } from '../game/clockText';
import { useLanguage } from '../language';
import { reportItemText } from '../results/resultWords';
import { useAuthorText } from '../language';

const verdict = (passed: boolean, t: TFunction) => (passed ? t('instructor.pass') : t('instructor.fail'));
const passedText = (totals: Totals, t: TFunction) => t('instructor.passedOf', { passed: totals.passed, total: totals.encounters.length });

/** The class at a glance, one row per student, then one table per student with their shifts and encounters. */
export function StudentTables({
  summary,
  onReplay,
}: {
  summary: ClassSummary;
  onReplay(e: RescoredEncounter, button: HTMLButtonElement): void;
}) {
  const { t } = useTranslation();
  return (
    <section className="students" aria-labelledby="students-title">
      <h2 id="students-title">{t('instructor.studentsTitle')}</h2>
      {summary.duplicatesMerged > 0 && <p className="hint">{t('instructor.duplicates', { count: summary.duplicatesMerged })}</p>}
      <table className="class-overview">
        <caption>
          {t('instructor.classCaption', {
            students: t('instructor.students', { count: summary.students.length }),
            encounters: t('instructor.encounterCount', { count: summary.encounterCount }),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('instructor.student')}</th>
            <th scope="col">{t('instructor.encountersCol')}</th>
            <th scope="col">{t('instructor.average')}</th>
            <th scope="col">{t('instructor.passed')}</th>
            <th scope="col">{t('instructor.time')}</th>
            <th scope="col">{t('instructor.critical')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.students.map((s) => (
            <tr key={s.student}>
              <th scope="row">{s.student}</th>
              <td>{s.encounters.length}</td>
              <td>{s.averageScore}</td>
              <td>{passedText(s, t)}</td>
              <td>{minutesText(s.seconds)}</td>
              <td>{s.criticalErrors}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.students.map((s) => (
        <StudentTable key={s.student} student={s} onReplay={onReplay} />
      ))}
    </section>
  );
}

function StudentTable({ student, onReplay }: { student: StudentTotals; onReplay(e: RescoredEncounter, button: HTMLButtonElement): void }) {
  const { t } = useTranslation();
  const authored = useAuthorText();
  const language = useLanguage();
  return (
    <table className="student-table" aria-label={t('instructor.resultsFor', { student: student.student })}>
      <caption>
        {t('instructor.studentCaption', { student: student.student, average: student.averageScore, passed: passedText(student, t) })}{' '}
        <span className="hint">({student.files.join(', ')})</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('instructor.shiftOrEncounter')}</th>
          <th scope="col">{t('instructor.mode')}</th>
          <th scope="col">{t('instructor.score')}</th>
          <th scope="col">{t('instructor.result')}</th>
          <th scope="col">{t('instructor.time')}</th>
          <th scope="col">{t('instructor.critical')}</th>
          <th scope="col">{t('instructor.replay')}</th>
        </tr>
      </thead>
      <tbody>
        {student.shifts.map((shift) => (
          <tr key={`shift:${shift.shiftId}`} className="shift-row">
            <th scope="row">{t('instructor.shift', { title: shift.title })}</th>
            <td>—</td>
            <td>{t('instructor.averageOf', { score: shift.averageScore })}</td>
            <td>{passedText(shift, t)}</td>
            <td>{minutesText(shift.seconds)}</td>
            <td>{shift.criticalErrors}</td>
            <td />
          </tr>
        ))}
        {student.encounters.map((e, i) => (
          <tr key={i}>
            <th scope="row">
              {authored(e.scenario.title)}
              {e.shift && <span className="hint">{t('instructor.inShift', { title: authored(e.shift.title) })}</span>}
            </th>
            <td>{t(`instructor.modes.${e.mode}`)}</td>
            <td>{e.report.score}</td>
            <td>{verdict(e.report.passed, t)}</td>
            <td>{minutesText(e.timeTakenSeconds)}</td>
            <td>{e.report.critical.length ? e.report.critical.map((c) => reportItemText(c, language)).join(' ') : t('instructor.none')}</td>
            <td>
              <button
                type="button"
                className="btn btn-small"
                aria-label={t('instructor.replayLabel', { title: authored(e.scenario.title), student: student.student })}
                onClick={(ev) => onReplay(e, ev.currentTarget)}
              >
                {t('instructor.replay')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
