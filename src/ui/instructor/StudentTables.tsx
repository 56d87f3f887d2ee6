import type { ClassSummary, StudentTotals, Totals } from '../../platform/results/classSummary';
import type { RescoredEncounter } from '../../platform/results/rescore';
import { minutesText } from '../game/clockText';
import { useLanguage } from '../language';
import { reportItemText } from '../results/resultWords';
import { AuthorText } from '../AuthorText';
import { textIn } from '../../core';

const verdict = (passed: boolean) => (passed ? '✔ Pass' : '✖ Fail');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const passedText = (t: Totals) => `${t.passed} of ${t.encounters.length} passed`;

/** The class at a glance, one row per student, then one table per student with their shifts and encounters. */
export function StudentTables({
  summary,
  onReplay,
}: {
  summary: ClassSummary;
  onReplay(e: RescoredEncounter, button: HTMLButtonElement): void;
}) {
  return (
    <section className="students" aria-labelledby="students-title">
      <h2 id="students-title">Students</h2>
      {summary.duplicatesMerged > 0 && (
        <p className="hint">
          {summary.duplicatesMerged} encounter{summary.duplicatesMerged === 1 ? ' was' : 's were'} in more than one file and counted once.
        </p>
      )}
      <table className="class-overview">
        <caption>
          The class: {plural(summary.students.length, 'student')}, {plural(summary.encounterCount, 'encounter')}
        </caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">Encounters</th>
            <th scope="col">Average score</th>
            <th scope="col">Passed</th>
            <th scope="col">Time</th>
            <th scope="col">Critical errors</th>
          </tr>
        </thead>
        <tbody>
          {summary.students.map((s) => (
            <tr key={s.student}>
              <th scope="row">{s.student}</th>
              <td>{s.encounters.length}</td>
              <td>{s.averageScore}</td>
              <td>{passedText(s)}</td>
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
  const language = useLanguage();
  return (
    <table className="student-table" aria-label={`Results for ${student.student}`}>
      <caption>
        {student.student}: average {student.averageScore}, {passedText(student)} <span className="hint">({student.files.join(', ')})</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">Shift or encounter</th>
          <th scope="col">Mode</th>
          <th scope="col">Score</th>
          <th scope="col">Result</th>
          <th scope="col">Time</th>
          <th scope="col">Critical errors</th>
          <th scope="col">Replay</th>
        </tr>
      </thead>
      <tbody>
        {student.shifts.map((shift) => (
          <tr key={`shift:${shift.shiftId}`} className="shift-row">
            <th scope="row">Shift: {shift.title}</th>
            <td>—</td>
            <td>{shift.averageScore} (average)</td>
            <td>{passedText(shift)}</td>
            <td>{minutesText(shift.seconds)}</td>
            <td>{shift.criticalErrors}</td>
            <td />
          </tr>
        ))}
        {student.encounters.map((e, i) => (
          <tr key={i}>
            <th scope="row">
              <AuthorText text={e.scenario.title} />
              {e.shift && <span className="hint"> (in {e.shift.title})</span>}
            </th>
            <td>{e.mode}</td>
            <td>{e.report.score}</td>
            <td>{verdict(e.report.passed)}</td>
            <td>{minutesText(e.timeTakenSeconds)}</td>
            <td>{e.report.critical.length ? e.report.critical.map((c) => reportItemText(c, language)).join(' ') : 'None'}</td>
            <td>
              <button
                type="button"
                className="btn btn-small"
                aria-label={`Replay ${textIn(e.scenario.title, 'en')} for ${student.student}`}
                onClick={(ev) => onReplay(e, ev.currentTarget)}
              >
                Replay
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
