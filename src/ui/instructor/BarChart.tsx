import { useId } from 'react';

/** One bar: what it counts, in words, and how many of how many. */
export interface Bar {
  label: string;
  count: number;
  of: number;
}

/**
 * A horizontal bar chart drawn with CSS, readable without it: every bar carries its label and its
 * numbers as text (never colour alone), and the same figures follow as a table.
 */
export function BarChart({ title, description, bars, unit }: { title: string; description: string; bars: readonly Bar[]; unit: string }) {
  const id = useId();
  const most = Math.max(1, ...bars.map((b) => b.count));
  const share = (b: Bar) => (b.of > 0 ? Math.round((100 * b.count) / b.of) : 0);
  return (
    <section className="bar-chart" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-about`}>{description}</p>
      {bars.length === 0 ? (
        <p>Nothing was missed.</p>
      ) : (
        <>
          <ol className="bars" aria-describedby={`${id}-about`}>
            {bars.map((b) => (
              <li key={b.label}>
                <span className="bar-label">{b.label}</span>
                <span className="bar-track" aria-hidden="true">
                  <span className="bar-fill" style={{ width: `${(100 * b.count) / most}%` }} />
                </span>
                <span className="bar-value">
                  {b.count} of {b.of} {unit} ({share(b)}%)
                </span>
              </li>
            ))}
          </ol>
          <details>
            <summary>{title} as a table</summary>
            <table>
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Missed in</th>
                  <th scope="col">Out of</th>
                  <th scope="col">Share</th>
                </tr>
              </thead>
              <tbody>
                {bars.map((b) => (
                  <tr key={b.label}>
                    <th scope="row">{b.label}</th>
                    <td>{b.count}</td>
                    <td>{b.of}</td>
                    <td>{share(b)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
