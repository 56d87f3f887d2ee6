import { PharmacyCanvas } from './scene/PharmacyCanvas';

/** Composes the page: the 3D pharmacy behind, the DOM overlay in front. */
export function App() {
  return (
    <div className="app">
      <PharmacyCanvas />
      <header className="title-overlay">
        <h1>TechShift</h1>
        <p>Community pharmacy · technician shift</p>
      </header>
    </div>
  );
}
