/**
 * The two ways a department's software breaks an answer, alternating so that one test run sees both:
 * a body cut in half (not JSON), and JSON that claims a record but breaks the facts schema.
 */
export const malformedBody = (body: unknown, count: number): string => {
  const json = JSON.stringify(body);
  if (count % 2 === 1) return json.slice(0, Math.max(1, Math.floor(json.length / 2)));
  return JSON.stringify({ ...(body as object), outcome: 'found', facts: { unexpected: true } });
};
