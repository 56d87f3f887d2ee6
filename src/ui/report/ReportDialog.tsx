import { useEffect, useRef, type KeyboardEvent } from 'react';
import { focusableIn, useFocusTrap } from '../panels/shared/useFocusTrap';
import { ReportScreen } from './ReportScreen';

interface ReportDialogProps {
  onTryAgain(): void;
  /** Only in a shift: a single patient has no next patient to pretend about. */
  onNextPatient?: (next?: number) => void;
  onMenu(): void;
}

/**
 * The end-of-encounter report as a true modal: labelled by its heading, focus moves in and stays,
 * Escape goes back to the menu (what "Back to the menu" does), and every button is inside it.
 */
export function ReportDialog({ onTryAgain, onNextPatient, onMenu }: ReportDialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const trap = useFocusTrap(ref, onMenu);
  // After the trap's own first-field focus: the student lands on the heading and reads from the top.
  useEffect(() => ref.current?.querySelector<HTMLElement>('#report-heading')?.focus(), []);

  const onKeyDown = (e: KeyboardEvent) => {
    // The pharmacy's shortcuts (F, 1–9) belong to the pharmacy behind the report.
    e.stopPropagation();
    const buttons = ref.current ? focusableIn(ref.current, 'button:not([disabled])') : [];
    const onHeading = document.activeElement?.id === 'report-heading';
    if (e.key === 'Tab' && e.shiftKey && onHeading && buttons.length) {
      // The heading is not in the tab order, so the trap does not see it as the first stop.
      e.preventDefault();
      buttons.at(-1)?.focus();
      return;
    }
    trap(e);
  };

  return (
    <div className="report-overlay">
      <div ref={ref} role="dialog" aria-modal="true" aria-labelledby="report-heading" className="report-dialog" onKeyDown={onKeyDown}>
        <ReportScreen onTryAgain={onTryAgain} onNextPatient={onNextPatient} onMenu={onMenu} />
      </div>
    </div>
  );
}
