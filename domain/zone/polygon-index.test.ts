import type { LngLat } from '../../types/common';
import type { Zone } from '../../types/models/zone';
import { buildPolygonIndex } from './polygon-index';

const square = (id: string, x0: number, y0: number, size: number): Zone => ({
  id,
  schoolId: `s-${id}`,
  stage: 'primary',
  rules: [],
  polygon: [
    [x0, y0],
    [x0 + size, y0],
    [x0 + size, y0 + size],
    [x0, y0 + size],
  ],
});
// A concave "L" to catch ray-casting mistakes, closed explicitly (first point repeated).
const ell: Zone = {
  id: 'ell',
  schoolId: 's-ell',
  stage: 'primary',
  rules: [],
  polygon: [
    [105, 31],
    [105.02, 31],
    [105.02, 31.01],
    [105.01, 31.01],
    [105.01, 31.02],
    [105, 31.02],
    [105, 31],
  ],
};
const zones = [
  square('a', 104.7, 31.4, 0.01),
  square('b', 104.71, 31.4, 0.01),
  square('big', 104.705, 31.405, 0.1),
  ell,
];
const index = buildPolygonIndex([
  ...zones,
  { id: 'unsurveyed', schoolId: 's-u', stage: 'primary', rules: [] },
]);
const at = (lng: number, lat: number) =>
  index
    .query({ lng, lat } as LngLat)
    .map((h) => `${h.zone.id}${h.onBoundary ? '@edge' : ''}`)
    .sort();

describe('polygon index', () => {
  it('indexes only zones with a polygon', () => expect(index.size).toBe(4));

  it.each<[string, number, number, string[]]>([
    ['inside one square', 104.701, 31.401, ['a']],
    ['on the shared edge of a and b', 104.71, 31.401, ['a@edge', 'b@edge']],
    ['within 1e-10 of that edge', 104.71 + 1e-10, 31.401, ['a@edge', 'b@edge']],
    ['1e-6 to the right of that edge', 104.71 + 1e-6, 31.401, ['b']],
    ['on a vertex', 104.7, 31.4, ['a@edge']],
    ['in two overlapping polygons', 104.706, 31.406, ['a', 'big']],
    ['in the notch of the L (outside)', 105.015, 31.015, []],
    ['in the L', 105.005, 31.015, ['ell']],
    ['on the L reflex corner', 105.01, 31.01, ['ell@edge']],
    ['on the explicit closing edge of the L', 105, 31.01, ['ell@edge']],
    ['far away', 120, 30, []],
    ['just outside every box', 104.6999, 31.4, []],
  ])('%s', (_label, lng, lat, ids) => {
    expect(at(lng, lat)).toEqual(ids);
  });

  it('handles no polygons at all', () => {
    expect(buildPolygonIndex([]).query({ lng: 104.7, lat: 31.4 })).toEqual([]);
  });

  it('agrees with a brute-force scan on a grid of points', () => {
    for (let i = 0; i <= 40; i++) {
      for (let j = 0; j <= 40; j++) {
        const [lng, lat] = [104.69 + i * 0.0035, 31.39 + j * 0.0035];
        const inBox = zones.filter((z) => {
          const xs = (z.polygon ?? []).map((p) => p[0]);
          const ys = (z.polygon ?? []).map((p) => p[1]);
          return (
            lng >= Math.min(...xs) &&
            lng <= Math.max(...xs) &&
            lat >= Math.min(...ys) &&
            lat <= Math.max(...ys)
          );
        });
        // Every hit lies inside its own bounding box; squares are their own boxes.
        const hits = at(lng, lat).map((id) => id.replace('@edge', ''));
        for (const id of hits) expect(inBox.map((z) => z.id)).toContain(id);
        for (const z of inBox) if (z.id !== 'ell') expect(hits).toContain(z.id);
      }
    }
  });
});
