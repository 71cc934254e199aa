import type { Zone } from '../types/models/zone';

/** A city-sized box around Mianyang; zones tile it on a grid and overlap their neighbours a little. */
export const CITY = { lng0: 104.4, lat0: 31.2, size: 0.7 };

/**
 * `count` star-shaped zones of `vertices` points each (ring closed: first point repeated, as GeoJSON
 * wants), one per grid cell, with wobbly radii between 0.4 and 0.65 of a cell so borders are irregular
 * and neighbours overlap in places.
 */
export function syntheticPolygonZones(count: number, vertices: number, rand: () => number): Zone[] {
  const side = Math.ceil(Math.sqrt(count));
  const cell = CITY.size / side;
  const zones: Zone[] = [];
  for (let k = 0; k < count; k++) {
    const cx = CITY.lng0 + ((k % side) + 0.5 + (rand() - 0.5) * 0.2) * cell;
    const cy = CITY.lat0 + (Math.floor(k / side) + 0.5 + (rand() - 0.5) * 0.2) * cell;
    const phase = rand() * Math.PI * 2;
    const lobes = 2 + Math.floor(rand() * 5);
    const ring: [number, number][] = [];
    for (let v = 0; v < vertices; v++) {
      const angle = (v / vertices) * Math.PI * 2;
      const r = cell * (0.525 + 0.1 * Math.sin(lobes * angle + phase) + (rand() - 0.5) * 0.05);
      ring.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
    }
    ring.push([...(ring[0] as [number, number])]);
    zones.push({ id: `z${k}`, schoolId: `s${k}`, stage: 'primary', rules: [], polygon: ring });
  }
  return zones;
}

/** Uniform random points over the city box (some fall outside every zone, as real typos do). */
export function randomPoints(n: number, rand: () => number): { lng: number; lat: number }[] {
  return Array.from({ length: n }, () => ({
    lng: CITY.lng0 + rand() * CITY.size,
    lat: CITY.lat0 + rand() * CITY.size,
  }));
}
