import type http from 'node:http';
import { errorBody } from '../../cloudfunctions/adapters/departments/contract';
import { readBody } from '../read-body';
import { faultConfigSchema } from './fault-config';
import type { FaultPlan } from './fault-plan';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * `GET|POST /__faults`: read or replace the fault configuration of a running simulator. Only from the
 * same machine: a simulator bound to another interface must not let the network switch departments off.
 */
export const handleFaultsEndpoint = async (
  req: http.IncomingMessage,
  faults: FaultPlan,
): Promise<{ status: number; body: unknown }> => {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? ''))
    return { status: 404, body: errorBody('NOT_FOUND_ROUTE', 'no such route') };
  if (req.method === 'POST') {
    let json: unknown;
    try {
      json = JSON.parse(await readBody(req, 4096));
    } catch {
      return { status: 400, body: errorBody('BAD_REQUEST', 'body must be a JSON FaultConfig') };
    }
    const parsed = faultConfigSchema.safeParse(json);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
      return { status: 400, body: errorBody('BAD_REQUEST', fields.join('; ')) };
    }
    faults.set(parsed.data);
  }
  return { status: 200, body: { faults: faults.get() } };
};
