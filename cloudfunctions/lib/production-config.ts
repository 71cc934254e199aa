import { createPrivateKey } from 'node:crypto';
import { z } from 'zod';
import type { FieldKeys } from '../adapters/crypto/node-field-crypto';
import { MY_APPLICATIONS_PAGE, type SubscribeConfig } from '../adapters/notifier/wechat-subscribe';
import type { MessageKind } from '../../types';
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
  /** WeChat subscribe messages: a template per kind, and which mini-program version a card opens. */
  subscribe: SubscribeConfig;
  /** The environment's custom-login private key (staff web login); null = the staff console cannot sign in. */
  customLoginKey: CustomLoginKey | null;
}

/** The JSON file CloudBase hands out for custom login, as node-sdk's `init({ credentials })` takes it. */
export interface CustomLoginKey {
  private_key_id: string;
  private_key: string;
  env_id: string;
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

/** One variable per message kind; unset = that kind stays in the in-app message centre only. */
export const SUBSCRIBE_TEMPLATE_ENV: Record<MessageKind, string> = {
  application_received: 'SUBSCRIBE_TEMPLATE_APPLICATION_RECEIVED',
  verification_completed: 'SUBSCRIBE_TEMPLATE_VERIFICATION_COMPLETED',
  application_withdrawn: 'SUBSCRIBE_TEMPLATE_APPLICATION_WITHDRAWN',
  lottery_result: 'SUBSCRIBE_TEMPLATE_LOTTERY_RESULT',
  helper_access: 'SUBSCRIBE_TEMPLATE_HELPER_ACCESS',
};

/** Template ids as the 订阅消息 console shows them (43 URL-safe characters today). */
const templateId = optional.refine(
  (v) => v === undefined || /^[A-Za-z0-9_-]{20,64}$/.test(v),
  'must be a subscribe-message template id from the mini-program console (订阅消息 → 我的模板)',
);

const CUSTOM_LOGIN_KEY_HELP =
  'must be the content of the custom-login private key file, as JSON or base64 of it ' +
  '(云开发控制台 → 身份认证 → 登录方式 → 自定义登录 → 下载私钥；应填入私钥文件的 JSON 内容或其 base64)';

/**
 * The custom-login key: the file's JSON pasted as it is, or base64 of it (some consoles mangle quotes).
 * The private key must parse as a key: a truncated paste fails here, at cold start, not at a staff login.
 */
const customLoginKeySchema = optional.transform((v, ctx) => {
  if (v === undefined) return undefined;
  const text = v.startsWith('{') ? v : Buffer.from(v, 'base64').toString('utf8');
  const parsed = z
    .object({ private_key_id: z.string().min(1), private_key: z.string().min(1), env_id: z.string().min(1) })
    .safeParse(
      (() => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return null;
        }
      })(),
    );
  if (!parsed.success || !isPrivateKey(parsed.data.private_key)) {
    ctx.addIssue({ code: 'custom', message: CUSTOM_LOGIN_KEY_HELP });
    return z.NEVER;
  }
  return parsed.data;
});

const isPrivateKey = (pem: string): boolean => {
  try {
    return createPrivateKey(pem).asymmetricKeyType === 'rsa';
  } catch {
    return false;
  }
};

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
  ...Object.fromEntries(Object.values(SUBSCRIBE_TEMPLATE_ENV).map((name) => [name, templateId])),
  CUSTOM_LOGIN_KEY: customLoginKeySchema,
  MINIPROGRAM_STATE: z
    .enum(['formal', 'trial', 'developer'], { error: 'must be formal, trial or developer' })
    .default('formal'),
});

/** The SDK's own test for "running as a CloudBase function" (utils/cloudplatform.js). */
const insideCloudbase = (env: Env) => env.TENCENTCLOUD_RUNENV === 'SCF';

const customLoginKeyEnv = (raw: string | undefined): string | undefined => {
  const parsed = customLoginKeySchema.safeParse(raw);
  return parsed.success ? parsed.data?.env_id : undefined;
};

/** Rules between variables, checked on the raw values so they are reported beside the schema's. */
const crossChecks = (env: Env): string[] => {
  const lines: string[] = [];
  if (!env.TCB_ENV?.trim() && !insideCloudbase(env))
    lines.push('TCB_ENV: is required outside CloudBase (the CloudBase environment id)');
  if (env.DATA_KEY?.trim() && env.DATA_KEY.trim() === env.BLIND_KEY?.trim())
    lines.push('BLIND_KEY: must differ from DATA_KEY (one key, one purpose)');
  const keyEnv = customLoginKeyEnv(env.CUSTOM_LOGIN_KEY);
  if (keyEnv && env.TCB_ENV?.trim() && keyEnv !== env.TCB_ENV.trim())
    lines.push(
      'CUSTOM_LOGIN_KEY: belongs to another environment than TCB_ENV (私钥所属环境与 TCB_ENV 不一致), ' +
        'download the key of this environment',
    );
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
    subscribe: {
      templates: Object.fromEntries(
        Object.entries(SUBSCRIBE_TEMPLATE_ENV).flatMap(([kind, name]) => {
          const id = (v as Record<string, unknown>)[name];
          return typeof id === 'string' ? [[kind, id]] : [];
        }),
      ),
      page: MY_APPLICATIONS_PAGE,
      miniprogramState: v.MINIPROGRAM_STATE,
    },
    customLoginKey: v.CUSTOM_LOGIN_KEY ?? null,
  };
};

/** The variables a deployed function is given (inside CloudBase the platform supplies env and credentials). */
export const FUNCTION_ENV_NAMES: readonly string[] = [
  'DATA_KEY',
  'BLIND_KEY',
  'COLLECTION_PREFIX',
  ...Object.values(SUBSCRIBE_TEMPLATE_ENV),
  'MINIPROGRAM_STATE',
  'CUSTOM_LOGIN_KEY',
  ...Object.keys(GATEWAY_ENV),
];
