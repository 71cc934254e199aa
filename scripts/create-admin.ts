import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { z } from 'zod';
import { createStaffAccount } from '../cloudfunctions/auth/staff/create-staff';
import { isAppError } from '../cloudfunctions/lib/app-error';
import { idSchema, loginNameSchema, newPasswordSchema } from '../types';
import { openAdminStore } from './admin-store';

/**
 * `npm run admin:create -- --login wangli --name 王丽 [--district d-xx]`: makes the first administrator
 * (and any later one an operator must make by hand), on the local store or, with TCB_ENV and the deploy key
 * pair, on CloudBase. The password is asked without echo, or read from ADMIN_PASSWORD for automation; it
 * never appears in arguments, so never in the shell history or the process list.
 */
const argsSchema = z.object({
  login: loginNameSchema,
  name: z.string().trim().min(1, "is required (the administrator's real name)"),
  district: idSchema.optional(),
});

const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const askHidden = (question: string): Promise<string> => {
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY === true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
};

const main = async (): Promise<void> => {
  const args = argsSchema.safeParse({ login: flag('login'), name: flag('name'), district: flag('district') });
  if (!args.success) {
    const lines = args.error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`);
    throw new Error(
      `usage: npm run admin:create -- --login <name> --name <real name> [--district <id>]\n${lines.join('\n')}`,
    );
  }
  const typed =
    process.env.ADMIN_PASSWORD ?? (await askHidden('Password (at least 10, letters and digits): '));
  if (process.env.ADMIN_PASSWORD === undefined && (await askHidden('Repeat the password: ')) !== typed)
    throw new Error('the two passwords differ; nothing was created');
  const password = newPasswordSchema.safeParse(typed);
  if (!password.success)
    throw new Error(`password: ${password.error.issues.map((i) => i.message).join('；')}`);

  const { store, where } = openAdminStore();
  try {
    const user = await createStaffAccount(
      store,
      {
        loginName: args.data.login,
        name: args.data.name,
        role: 'admin',
        districtId: args.data.district,
        password: password.data,
      },
      new Date(),
      null,
    );
    console.log(`administrator ${user.subject} (${user.name}, id ${user.id}) created in ${where}`);
  } finally {
    await store.close();
  }
};

main().catch((e: unknown) => {
  console.error(
    `admin:create failed: ${isAppError(e) ? `${e.code} ${e.message}` : e instanceof Error ? e.message : String(e)}`,
  );
  process.exitCode = 1;
});
