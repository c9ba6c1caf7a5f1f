import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAppPackage, PackageError, readPackageEnv } from '../appPackage/manifest';
import { loadDotEnv } from '../host/dotenv';

/** `npm run package`: writes appPackage/handleguide.zip for upload in the Teams admin centre. */
try {
  loadDotEnv();
  const zip = buildAppPackage(readPackageEnv(process.env));
  const file = path.resolve('appPackage', 'handleguide.zip');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, zip);
  console.log(
    `Wrote ${path.relative(process.cwd(), file)} (${zip.length} bytes). Upload it in Teams (Apps → Manage your apps).`,
  );
} catch (error) {
  if (!(error instanceof PackageError)) throw error;
  console.error(`package: ${error.message}`);
  process.exitCode = 1;
}
