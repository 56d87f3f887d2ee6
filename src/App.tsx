import { TechShiftApp } from './ui/TechShiftApp';
import './ui/game.css';

/** The page: everything lives in TechShiftApp; this file only composes. */
export function App() {
  return <TechShiftApp />;
}
