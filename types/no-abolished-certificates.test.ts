import { z } from 'zod';
import { apiMap, type ActionDef } from './index';

/** R1.2: preschool history, family-planning and over-age certificates are never asked for. */
const FORBIDDEN = /preschool|kindergarten|family.?planning|birth.?permit|certificate|cert$|proof/i;

const propertyNames = (schema: unknown, out: string[] = []): string[] => {
  if (Array.isArray(schema)) schema.forEach((s) => propertyNames(s, out));
  else if (schema && typeof schema === 'object') {
    const props = (schema as { properties?: Record<string, unknown> }).properties;
    if (props) out.push(...Object.keys(props));
    Object.values(schema).forEach((v) => propertyNames(v, out));
  }
  return out;
};

describe('no field for abolished certificates (R1.2)', () => {
  const fields = Object.values(apiMap).flatMap((actions) =>
    Object.values(actions as Record<string, ActionDef>).flatMap((def) => [
      ...propertyNames(z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' })),
      ...propertyNames(z.toJSONSchema(def.output, { io: 'output', unrepresentable: 'any' })),
    ]),
  );

  it('finds the fields it scans (the scan itself works)', () => {
    expect(fields).toEqual(expect.arrayContaining(['idNumber', 'hukouAddress', 'idempotencyKey']));
  });

  it('has none for preschool history, family planning or over-age proof', () => {
    expect(fields.filter((f) => FORBIDDEN.test(f))).toEqual([]);
  });
});
