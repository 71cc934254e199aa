import type { LngLat } from '../../types/common';
import type { Zone } from '../../types/models/zone';
import { pointInRing } from './point-in-ring';

export interface PolygonHit {
  zone: Zone;
  onBoundary: boolean;
}
export interface PolygonIndex {
  readonly size: number;
  query(point: LngLat): PolygonHit[];
}

/**
 * Spatial index over zone polygons: a uniform grid of bounding boxes (cells about the size of an average
 * zone, so a point meets one or two candidates), then the exact ring test. Coordinates live in one flat
 * Float64Array and the grid in CSR arrays: building 5,000 zones is a few passes over plain numbers.
 */
export function buildPolygonIndex(zones: Zone[], epsilon = 1e-9): PolygonIndex {
  const surveyed = zones.filter((z) => (z.polygon?.length ?? 0) >= 3);
  const n = surveyed.length;
  const start = new Int32Array(n);
  const count = new Int32Array(n);
  const box = new Float64Array(n * 4); // minX, minY, maxX, maxY, widened by epsilon
  const xy = new Float64Array(surveyed.reduce((sum, z) => sum + (z.polygon?.length ?? 0) * 2, 0));
  let w = 0;
  surveyed.forEach((zone, p) => {
    start[p] = w / 2;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of zone.polygon ?? []) {
      xy[w++] = x;
      xy[w++] = y;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    count[p] = w / 2 - (start[p] as number);
    box.set([x0 - epsilon, y0 - epsilon, x1 + epsilon, y1 + epsilon], p * 4);
  });
  const grid = buildGrid(box, n);

  return {
    size: n,
    query({ lng, lat }) {
      const cell = grid.cellOf(lng, lat);
      if (cell < 0) return [];
      const hits: PolygonHit[] = [];
      for (let k = grid.offsets[cell] as number; k < (grid.offsets[cell + 1] as number); k++) {
        const p = grid.items[k] as number;
        const b = p * 4;
        if (lng < (box[b] as number) || lat < (box[b + 1] as number)) continue;
        if (lng > (box[b + 2] as number) || lat > (box[b + 3] as number)) continue;
        const where = pointInRing(xy, start[p] as number, count[p] as number, lng, lat, epsilon);
        if (where !== 'outside') hits.push({ zone: surveyed[p] as Zone, onBoundary: where === 'boundary' });
      }
      return hits;
    },
  };
}

interface Grid {
  offsets: Int32Array;
  items: Int32Array;
  cellOf(x: number, y: number): number;
}

function buildGrid(box: Float64Array, n: number): Grid {
  let [x0, y0, x1, y1, avgW, avgH] = [Infinity, Infinity, -Infinity, -Infinity, 0, 0];
  for (let b = 0; b < n * 4; b += 4) {
    const [bx0, by0, bx1, by1] = box.subarray(b, b + 4) as unknown as [number, number, number, number];
    [x0, y0, x1, y1] = [Math.min(x0, bx0), Math.min(y0, by0), Math.max(x1, bx1), Math.max(y1, by1)];
    avgW += (bx1 - bx0) / n;
    avgH += (by1 - by0) / n;
  }
  // Cells of about one average zone, capped so a few huge zones cannot blow up memory.
  const cap = Math.max(64, Math.ceil(Math.sqrt(n * 8)));
  const nx = Math.max(1, Math.min(cap, Math.ceil((x1 - x0) / (avgW || 1))));
  const ny = Math.max(1, Math.min(cap, Math.ceil((y1 - y0) / (avgH || 1))));
  const sx = nx / (x1 - x0 || 1);
  const sy = ny / (y1 - y0 || 1);
  const col = (x: number) => Math.min(nx - 1, Math.max(0, Math.floor((x - x0) * sx)));
  const row = (y: number) => Math.min(ny - 1, Math.max(0, Math.floor((y - y0) * sy)));
  const offsets = new Int32Array(nx * ny + 1);
  const visit = (p: number, each: (cell: number) => void) => {
    const b = p * 4;
    for (let r = row(box[b + 1] as number); r <= row(box[b + 3] as number); r++) {
      for (let c = col(box[b] as number); c <= col(box[b + 2] as number); c++) each(r * nx + c);
    }
  };
  for (let p = 0; p < n; p++) visit(p, (cell) => (offsets[cell + 1] = (offsets[cell + 1] as number) + 1));
  for (let c = 0; c < nx * ny; c++) offsets[c + 1] = (offsets[c + 1] as number) + (offsets[c] as number);
  const items = new Int32Array(offsets[nx * ny] as number);
  const fill = offsets.slice(0, nx * ny);
  for (let p = 0; p < n; p++) {
    visit(p, (cell) => {
      items[fill[cell] as number] = p;
      fill[cell] = (fill[cell] as number) + 1;
    });
  }
  return {
    offsets,
    items,
    cellOf: (x, y) => (x < x0 || x > x1 || y < y0 || y > y1 || !(n > 0) ? -1 : row(y) * nx + col(x)),
  };
}
