/** The training pharmacy printed on every label (fictional; the 555 number cannot be dialled). */
export const PHARMACY = {
  name: 'TechShift Community Pharmacy',
  address: '200 Main Street, Springfield, IL 62701',
  phone: '(217) 555-0142',
} as const;

/** A stable, realistic-looking Rx number for a prescription in a scenario. */
export function rxNumber(scenarioId: string, rxId: string): string {
  let h = 7;
  for (const ch of `${scenarioId}/${rxId}`) h = (h * 33 + ch.charCodeAt(0)) % 9_000_000;
  return String(1_000_000 + h);
}
