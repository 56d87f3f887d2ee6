import { useTranslation } from 'react-i18next';
import type { FeedbackItem } from '../../core';

/** One report item: the catalogue's words and, when it was scored, the name of the skill it counted against. */
export type ReportItem = FeedbackItem & { skillName?: string };

/** One section of the report, rendered by the wording catalogue: each item with why it matters, how to do it next time, and the teaching note. */
export function FeedbackList(props: { section: string; title: string; icon: string; items: ReportItem[]; empty: string }) {
  const { section, title, icon, items, empty } = props;
  const { t } = useTranslation();
  // From the section, not the title, so the id is the same in every language.
  const id = `report-${section}`;
  // A step's teaching note is shown once, under the first item of that step, not under each of its fields.
  const noteAt = new Set(
    items.flatMap((item, i) => (item.teachingNote && items.findIndex((o) => o.step === item.step && o.teachingNote) === i ? [i] : [])),
  );
  return (
    <section className="report-section" aria-labelledby={id}>
      <h3 id={id}>
        <span aria-hidden="true">{icon} </span>
        {title}
      </h3>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="report-items">
          {items.map((item, i) => (
            <li key={`${item.code}-${item.rx ?? ''}-${i}`}>
              <p className="report-what">{item.what}</p>
              {item.skillName && <p className="report-skill">{t('report.countedUnder', { skill: item.skillName })}</p>}
              <p>
                <strong>{t('report.why')}</strong> {item.why}
              </p>
              <p>
                <strong>{t('report.next')}</strong> {item.how}
              </p>
              {item.teachingNote && noteAt.has(i) && (
                <p className="report-note">
                  <strong>{t('report.teaching')}</strong> {item.teachingNote}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
