import { actions } from '../../core/engine/actionCreators';
import type { DialogueLine } from '../../core/scenario/encounterSchema';
import { selectDispatch, selectEncounter } from '../../state/selectors';
import { useAppStore } from '../../state/StoreContext';

/** What is said at the counter, each line labelled with who says it (the patient unless the line names another speaker); each question gets "answer" or "ask the pharmacist". */
export function PatientLines({ speaker, lines }: { speaker: string; lines: readonly DialogueLine[] }) {
  const dispatch = useAppStore(selectDispatch);
  const questions = useAppStore((s) => selectEncounter(s)?.questions);
  if (lines.length === 0) return null;
  return (
    <section className="panel-block" aria-label={`What ${speaker} says`}>
      <ul className="speech-list">
        {lines.map((line) => {
          // The engine decides which lines need a response (a clinical remark counts even without a "?").
          const status = questions?.[line.id];
          return (
            <li key={line.id} className="speech">
              <p className="speech-bubble">
                <span className="speech-speaker">{line.speaker ?? speaker}:</span> “{line.text}”
              </p>
              {status === 'pending' && (
                <div className="btn-row" role="group" aria-label={`Respond to: ${line.text}`}>
                  <button type="button" className="btn" onClick={() => dispatch(actions.respondToQuestion(line.id, 'answer'))}>
                    {/* A clinical question offers a neutral "answer it yourself": the choice is the lesson. */}
                    {line.technicianAnswer ? `Answer: ${line.technicianAnswer}` : 'Answer it yourself'}
                  </button>
                  <button type="button" className="btn" onClick={() => dispatch(actions.respondToQuestion(line.id, 'refer'))}>
                    Ask the pharmacist
                  </button>
                </div>
              )}
              {(status === 'answered' || status === 'referred') && (
                <p className="status-done">
                  <span aria-hidden="true">✔ </span>
                  {status === 'answered' ? 'You answered this.' : 'You asked the pharmacist to answer this.'}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
