import type { FeedbackEntry } from '../../core';
import { drillsWords as w } from './drillsWords';

/** What / why / how of one answer, as text (never HTML). */
export function DrillExplanation({ entry }: { entry: FeedbackEntry }) {
  return (
    <dl className="drill-explanation">
      <dt>{w.what}</dt>
      <dd>{entry.what}</dd>
      <dt>{w.why}</dt>
      <dd>{entry.why}</dd>
      <dt>{w.how}</dt>
      <dd>{entry.how}</dd>
    </dl>
  );
}
