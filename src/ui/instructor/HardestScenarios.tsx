import { useTranslation } from 'react-i18next';
import type { ScenarioTotals } from '../../platform/results/classSummary';
import { useFormats } from '../i18n/formats';

/** Which scenarios the class found hardest: lowest average score first, with the pass rate. */
export function HardestScenarios({ scenarios }: { scenarios: readonly ScenarioTotals[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <section className="hardest" aria-labelledby="hardest-title">
      <h2 id="hardest-title">{t('instructor.hardest')}</h2>
      <table>
        <caption>{t('instructor.hardestCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('instructor.scenario')}</th>
            <th scope="col">{t('instructor.attempts')}</th>
            <th scope="col">{t('instructor.average')}</th>
            <th scope="col">{t('instructor.passed')}</th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((s) => (
            <tr key={s.scenarioId}>
              <th scope="row">{s.title}</th>
              <td>{s.attempts}</td>
              <td>{s.averageScore}</td>
              <td>{formats.percent(s.passRate / 100)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
