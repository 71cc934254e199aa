import { recordSchoolDraw, type SchoolDrawRecord } from '../../domain/lottery';
import { mulberry32 } from '../prng';

/** A school draw of 2,000 units (about 2 % bound twins) for 600 seats: the record a parent would verify. */
export function record2k(): SchoolDrawRecord {
  const rand = mulberry32(2000);
  let next = 0;
  const number = () => `2026${String(next++).padStart(7, '0')}`;
  const units = Array.from({ length: 2000 }, () => (rand() < 0.02 ? [number(), number()] : [number()]));
  return recordSchoolDraw({
    drawId: '2026-s-south-1-class-2',
    seats: 600,
    units,
    secret: 'bench-operator-secret-2026',
    publicEntropy: '161803398',
  });
}
