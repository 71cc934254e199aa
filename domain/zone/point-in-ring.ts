export type RingPosition = 'inside' | 'outside' | 'boundary';

/**
 * Where (x, y) lies relative to one ring stored flat in `xy` (x0, y0, x1, y1, ...) from vertex `start`,
 * `count` vertices, closed implicitly. A point within `epsilon` of an edge is 'boundary' whatever the ray
 * says: surveyed borders are shared by neighbouring zones, and which side wins must be a person's call.
 */
export function pointInRing(
  xy: Float64Array,
  start: number,
  count: number,
  x: number,
  y: number,
  epsilon: number,
): RingPosition {
  const eps2 = epsilon * epsilon;
  let inside = false;
  let j = (start + count - 1) * 2;
  for (let v = start; v < start + count; v++) {
    const i = v * 2;
    const xi = xy[i] as number;
    const yi = xy[i + 1] as number;
    const xj = xy[j] as number;
    const yj = xy[j + 1] as number;
    j = i;
    // Cheap box test first: the distance test below runs only for edges right next to the point.
    if (
      x >= (xi < xj ? xi : xj) - epsilon &&
      x <= (xi > xj ? xi : xj) + epsilon &&
      y >= (yi < yj ? yi : yj) - epsilon &&
      y <= (yi > yj ? yi : yj) + epsilon &&
      distance2ToSegment(x, y, xi, yi, xj, yj) <= eps2
    ) {
      return 'boundary';
    }
    // Ray casting towards +x; the half-open test (yi > y) !== (yj > y) counts each vertex once.
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 'inside' : 'outside';
}

function distance2ToSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
  const px = ax + t * dx - x;
  const py = ay + t * dy - y;
  return px * px + py * py;
}
