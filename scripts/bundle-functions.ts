import fs from 'node:fs';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import {
  FORBIDDEN,
  FUNCTIONS,
  FUNCTION_CONFIG,
  SDK,
  esbuildOptionsFor,
  type CloudFunctionName,
} from '../config/esbuild-functions';

const ROOT = path.resolve(__dirname, '..');

export interface BundleResult {
  name: CloudFunctionName;
  dir: string;
  /** Size of index.js in bytes; the SDK is external, so this is the bundle without it. */
  bytes: number;
}

/** The SDK version installed here, so CloudBase installs the one the code was built and tested against. */
export const installedSdkVersion = (): string => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', SDK, 'package.json'), 'utf8'));
  return (pkg as { version: string }).version;
};

/** Every module path that went into the bundle or was left as an import: both must be clean. */
export const forbiddenIn = (metafile: Metafile): string[] => {
  const inputs = Object.keys(metafile.inputs);
  const imports = Object.values(metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
  const found = new Set<string>();
  for (const p of [...inputs, ...imports]) {
    const file = p.replace(/\\/g, '/');
    const inPackage = file.includes('node_modules/');
    for (const rule of FORBIDDEN) {
      if (rule.projectOnly && inPackage) continue;
      if (rule.pattern.test(file)) found.add(`${file} (${rule.why})`);
    }
  }
  return [...found].sort();
};

/** Bundles every function into `<outRoot>/<name>/` with index.js, package.json and config.json. */
export const bundleFunctions = async (outRoot: string): Promise<BundleResult[]> => {
  const version = installedSdkVersion();
  const results: BundleResult[] = [];
  for (const name of FUNCTIONS) {
    const dir = path.join(outRoot, name);
    fs.rmSync(dir, { recursive: true, force: true });
    const { metafile } = await build({ ...esbuildOptionsFor(name, outRoot), absWorkingDir: ROOT });
    const forbidden = metafile ? forbiddenIn(metafile) : [];
    if (forbidden.length > 0) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw new Error(
        `cloud function "${name}" pulls in local-only code:\n  ${forbidden.join('\n  ')}\n` +
          'Production code must reach these only through ports wired in cloudfunctions/lib/production-ports.ts.',
      );
    }
    const pkg = {
      name: `ruxue-${name}`,
      version: '1.0.0',
      private: true,
      main: 'index.js',
      dependencies: { [SDK]: version },
    };
    fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    fs.writeFileSync(path.join(dir, 'config.json'), `${JSON.stringify(FUNCTION_CONFIG[name], null, 2)}\n`);
    results.push({ name, dir, bytes: fs.statSync(path.join(dir, 'index.js')).size });
  }
  return results;
};

export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
