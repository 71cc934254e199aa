import { z } from 'zod';
import type { FieldKeys } from '../adapters/crypto/node-field-crypto';
import {
  GATEWAY_ENV,
  loadGatewayConfig,
  type GatewayConfig,
} from '../adapters/departments/gateway/gateway-config';

/** Everything production reads from the environment, validated once at cold start. */
export interface ProductionConfig {
  /** The CloudBase environment id; null inside CloudBase without TCB_ENV: the SDK uses the current one. */
  env: string | null;
  /** Only outside CloudBase (a script, a test): inside, the runtime hands the SDK temporary credentials. */
  credentials?: { secretId: string; secretKey: string };
  keys: FieldKeys;
  departments: GatewayConfig;
  /** Prepended to every collection name: empty in production, used to share one env between stages. */
  collectionPrefix: string;
}

type Env = Record<string, string | undefined>;

/**
 * DATA_KEY encrypts ID numbers at rest (AES-256-GCM), BLIND_KEY keys their blind index (HMAC-SHA-256).
 * Both come from the function's secret configuration, never from the repository. Changing one makes
 * every stored ID number unreadable (DATA_KEY) or every duplicate check blind (BLIND_KEY): rotate only
 * with a re-encryption plan (docs/deploy.md).
 */
const keySchema = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'is required')
  .refine(
    (v) => /^[A-Za-z0-9+/]{43}=$/.test(v) && Buffer.from(v, 'base64').length === 32,
    'must be base64 of 32 random bytes (44 characters ending in "=")',
  )
  .transform((v) => Buffer.from(v, 'base64'));

const optional = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const envSchema = z.object({
  TCB_ENV: optional.refine(
    (v) => v === undefined || /^[A-Za-z0-9_-]{1,64}$/.test(v),
    'must be a CloudBase environment id (letters, digits, "-" and "_")',
  ),
  DATA_KEY: keySchema,
  BLIND_KEY: keySchema,
  COLLECTION_PREFIX: optional.refine(
    (v) => v === undefined || /^[A-Za-z0-9_]{1,20}$/.test(v),
    'may hold only letters, digits and "_" (at most 20)',
  ),
  TCB_SECRET_ID: optional,
  TCB_SECRET_KEY: optional,
});

/** The SDK's own test for "running as a CloudBase function" (utils/cloudplatform.js). */
const insideCloudbase = (env: Env) => env.TENCENTCLOUD_RUNENV === 'SCF';

/** Rules between variables, checked on the raw values so they are reported beside the schema's. */
const crossChecks = (env: Env): string[] => {
  const lines: string[] = [];
  if (!env.TCB_ENV?.trim() && !insideCloudbase(env))
    lines.push('TCB_ENV: is required outside CloudBase (the CloudBase environment id)');
  if (env.DATA_KEY?.trim() && env.DATA_KEY.trim() === env.BLIND_KEY?.trim())
    lines.push('BLIND_KEY: must differ from DATA_KEY (one key, one purpose)');
  if (!env.TCB_SECRET_ID?.trim() !== !env.TCB_SECRET_KEY?.trim())
    lines.push('TCB_SECRET_ID, TCB_SECRET_KEY: set both or neither');
  return lines;
};

const gatewayLines = (env: Env): { config?: GatewayConfig; lines: string[] } => {
  try {
    return { config: loadGatewayConfig(env), lines: [] };
  } catch (e) {
    // The gateway's loader already names each DEPARTMENTS_* variable; its first line is a heading.
    const text = e instanceof Error ? e.message : String(e);
    const lines = text
      .split('\n')
      .slice(1)
      .map((l) => l.trim())
      // An unset URL reads "must be a string" there; "is required" says what to do.
      .map((l) => (env[l.split(':')[0] ?? ''] ? l : `${l.split(':')[0]}: is required`));
    return { lines };
  }
};

/**
 * Reads and checks the production configuration. On any problem it throws one error that names every
 * bad variable (never its value), so one look at the function log tells the operator what to fix.
 */
export const loadProductionConfig = (env: Env = process.env): ProductionConfig => {
  const parsed = envSchema.safeParse(env);
  const departments = gatewayLines(env);
  const lines = [
    ...crossChecks(env),
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)),
    ...departments.lines,
  ];
  if (!parsed.success || lines.length > 0 || !departments.config) {
    throw new Error(
      'Production configuration is invalid; set these as environment variables of every function ' +
        `(see docs/deploy.md):\n${[...new Set(lines)].map((l) => `  ${l}`).join('\n')}`,
    );
  }
  const v = parsed.data;
  return {
    env: v.TCB_ENV ?? null,
    ...(v.TCB_SECRET_ID && v.TCB_SECRET_KEY
      ? { credentials: { secretId: v.TCB_SECRET_ID, secretKey: v.TCB_SECRET_KEY } }
      : {}),
    keys: { dataKey: v.DATA_KEY, blindKey: v.BLIND_KEY },
    departments: departments.config,
    collectionPrefix: v.COLLECTION_PREFIX ?? '',
  };
};

/** The variables a deployed function is given (inside CloudBase the platform supplies env and credentials). */
export const FUNCTION_ENV_NAMES: readonly string[] = [
  'DATA_KEY',
  'BLIND_KEY',
  'COLLECTION_PREFIX',
  ...Object.keys(GATEWAY_ENV),
];
