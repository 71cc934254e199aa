// V8 frees the hidden classes a constructor builds field by field (the shape of its instances) once the last
// instance is gone, and with them the compiled code that relies on them. A server placing season after season
// then lost the scan's and the draws' optimised code at every full collection, and placed the next season
// half again as slowly while V8 compiled it again. One instance of each such class, kept here for the life of
// the process, keeps the shapes.
const kept: object[] = [];

/** Keeps `instance` alive, and with it the shape its class gives every instance. */
export function keepShape(instance: object): void {
  kept.push(instance);
}
