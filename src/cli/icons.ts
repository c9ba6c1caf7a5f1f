import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { iconFiles } from '../appPackage/icons';

/** `npm run icons`: regenerates manifest/color.png and manifest/outline.png (a test keeps them in step). */
for (const [name, data] of Object.entries(iconFiles())) {
  writeFileSync(path.join('manifest', name), data);
  console.log(`manifest/${name}: ${data.length} bytes`);
}
