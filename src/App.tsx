import { LabSession } from './ui/session/LabSession';
import { TechShiftApp } from './ui/TechShiftApp';
import './ui/game.css';

/** The page: the lab session (configuration, storage, End session) around the game; this file only composes. */
export function App() {
  return (
    <LabSession>
      <TechShiftApp />
    </LabSession>
  );
}
