// V8 frees a hidden class (the shape objects of one kind share) once no object has it and nothing else holds
// it: the shapes a constructor builds field by field, a spread copy's, and that of the Buffers node:crypto
// makes. With it goes the compiled code that relies on it. A server placing season after season then lost the
// scan's and the draws' optimised code at every full collection, and placed the next season up to half again
// as slowly while V8 compiled it again (traced with --trace-deopt: "weak objects"). One object of each such
// shape, kept here for the life of the process, keeps the shapes.
const kept: object[] = [];

/** Keeps `instance` alive, and with it the shape its class gives every instance. */
export function keepShape(instance: object): void {
  kept.push(instance);
}
