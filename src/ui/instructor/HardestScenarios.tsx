import type { ScenarioTotals } from '../../platform/results/classSummary';

/** Which scenarios the class found hardest: lowest average score first, with the pass rate. */
export function HardestScenarios({ scenarios }: { scenarios: readonly ScenarioTotals[] }) {
  return (
    <section className="hardest" aria-labelledby="hardest-title">
      <h2 id="hardest-title">Hardest scenarios</h2>
      <table>
        <caption>Scenarios, hardest first (lowest average score)</caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Attempts</th>
            <th scope="col">Average score</th>
            <th scope="col">Passed</th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((s) => (
            <tr key={s.scenarioId}>
              <th scope="row">{s.title}</th>
              <td>{s.attempts}</td>
              <td>{s.averageScore}</td>
              <td>{s.passRate}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
