import { ElectronicRx } from './ElectronicRx';
import { PhoneRx } from './PhoneRx';
import { WrittenRx } from './WrittenRx';
import type { Prescription } from '../../../../core';

/** The prescription the way it arrived: pad, e-Rx screen or phone note. */
export function RxDocument({ rx }: { rx: Prescription }) {
  if (rx.channel === 'electronic') return <ElectronicRx rx={rx} />;
  if (rx.channel === 'phone') return <PhoneRx rx={rx} />;
  return <WrittenRx rx={rx} />;
}
