import { loadKnowledge, KnowledgeError } from '../knowledge';
import { assess, concernSchema, describeFirstIssue } from '../rules';

/**
 * `npm run --silent assess < concern.json`: one Concern as JSON on stdin, one Assessment as JSON on
 * stdout. Invalid input: exit code 2 and one line on stderr naming the field.
 */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function fail(message: string, code: number): never {
  process.stderr.write(`${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(code);
}

const USAGE = `Usage: npm run --silent assess < concern.json
Reads one concern as JSON on stdin and writes its assessment as JSON on stdout.
Example: echo '{"municipality":"dragoer","role":"dagtilbud","childAge":5,"text":"Hun siger, at far slår hende"}' | npm run --silent assess
Fields and their meaning: docs/assessment.md. Invalid input: exit code 2 and one line naming the field.
`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  // Without piped input the read would wait forever for a terminal's end of file.
  if (process.stdin.isTTY) fail('no concern on stdin (see --help)', 2);
  let knowledge;
  try {
    knowledge = loadKnowledge(process.env.KNOWLEDGE_DIR || undefined);
  } catch (error) {
    fail(error instanceof KnowledgeError ? `knowledge error: ${error.message}` : String(error), 1);
  }
  const raw = await readStdin();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    fail(`(root): not valid JSON (${(error as Error).message})`, 2);
  }
  const parsed = concernSchema(knowledge).safeParse(json);
  if (!parsed.success) fail(describeFirstIssue(parsed.error), 2);
  const assessment = assess(parsed.data, knowledge, () => new Date());
  process.stdout.write(`${JSON.stringify(assessment, null, 2)}\n`);
}

void main();
