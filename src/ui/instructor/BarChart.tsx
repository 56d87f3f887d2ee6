import { useTranslation } from 'react-i18next';
import { useId } from 'react';
import { useFormats } from '../i18n/formats';

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
  const { t } = useTranslation();
  const id = useId();
  const most = Math.max(1, ...bars.map((b) => b.count));
  const formats = useFormats();
  const share = (b: Bar) => formats.percent(b.of > 0 ? Math.round((100 * b.count) / b.of) / 100 : 0);
  return (
    <section className="bar-chart" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-about`}>{description}</p>
      {bars.length === 0 ? (
        <p>{t('instructor.nothingMissed')}</p>
      ) : (
        <>
          <ol className="bars" aria-describedby={`${id}-about`}>
            {bars.map((b) => (
              <li key={b.label}>
                <span className="bar-label">{b.label}</span>
                <span className="bar-track" aria-hidden="true">
                  <span className="bar-fill" style={{ width: `${(100 * b.count) / most}%` }} />
                </span>
                <span className="bar-value">{t('instructor.barValue', { count: b.count, of: b.of, unit, share: share(b) })}</span>
              </li>
            ))}
          </ol>
          <details>
            <summary>{t('instructor.asTable', { title })}</summary>
            <table>
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('instructor.what')}</th>
                  <th scope="col">{t('instructor.missedIn')}</th>
                  <th scope="col">{t('instructor.outOf')}</th>
                  <th scope="col">{t('instructor.share')}</th>
                </tr>
              </thead>
              <tbody>
                {bars.map((b) => (
                  <tr key={b.label}>
                    <th scope="row">{b.label}</th>
                    <td>{b.count}</td>
                    <td>{b.of}</td>
                    <td>{share(b)}</td>
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
