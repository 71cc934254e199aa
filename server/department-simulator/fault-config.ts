import { z } from 'zod';
import { departmentKindSchema } from '../../types/models/department-facts';

const rate = z.number().min(0).max(1);

/**
 * Faults the simulator injects, as a demo or a test asks (`POST /__faults` or `setFaults`). Rates are
 * probabilities per request, each rolled in turn (error, timeout, malformed, bad signature) from a seeded
 * PRNG, so a run is reproducible. `down` kinds always answer 503, whatever the rates say.
 */
export const faultConfigSchema = z
  .object({
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    /** 503 with an error body, before the request is even authenticated (a broken upstream). */
    errorRate: rate.optional(),
    /** Never answers: the connection stays open until the client gives up. */
    timeoutRate: rate.optional(),
    /** A correctly signed 200 whose body is not valid JSON or breaks the contract (a department bug). */
    malformedRate: rate.optional(),
    /** A 200 signed with a key that is not the shared secret (a forged answer). */
    badSignatureRate: rate.optional(),
    down: z.array(departmentKindSchema).optional(),
  })
  .strict();
export type FaultConfig = z.infer<typeof faultConfigSchema>;
