import { readFileSync } from 'node:fs';

/**
 * Where the CPU time of a bench run went: `npx tsx bench/profileSummary.ts <file.cpuprofile> [top]` prints self
 * time by area (a package under node_modules or a folder of ours, with the Node internals and native code it
 * called; GC; what no JS frame asked for) and the top functions.
 * Profiles come from `BENCH_CPU_PROF=<folder> npm run bench` (Handleguide's process only).
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function area(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0] ?? ''}`;
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? url);
  }
  const ours = url.match(/\/(src\/[^/]+|dialogs|bench|test)\//);
  return ours?.[1] ?? url;
}

function main(): void {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: profileSummary <file.cpuprofile> [top]');
  const top = Number(topArg ?? 15);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // Node's internals and native code are charged to the nearest caller of ours or of a package (an fs call
  // made by the file store counts as the store's), so the areas say who asked for the work.
  const owner = new Map<number, string>();
  const isOwner = (where: string) => !where.startsWith('node:') && !where.startsWith('(');
  const assign = (node: ProfileNode, inherited: string | undefined) => {
    const own = area(node.callFrame.url, node.callFrame.functionName);
    const where = isOwner(own) || inherited === undefined || own === '(garbage collector)' ? own : inherited;
    owner.set(node.id, where);
    for (const child of node.children ?? []) {
      const next = byId.get(child);
      if (next) assign(next, isOwner(where) ? where : inherited);
    }
  };
  const root = profile.nodes[0];
  if (root) assign(root, undefined);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, micros] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += micros;
      continue;
    }
    total += micros;
    const where = owner.get(id) ?? area(url, functionName);
    areas.set(where, (areas.get(where) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} ${url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const print = (title: string, entries: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(
        `${((micros / total) * 100).toFixed(1).padStart(5)} %  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`,
      );
    }
  };
  console.log(`busy ${(total / 1000).toFixed(0)} ms, idle ${(idle / 1000).toFixed(0)} ms`);
  print('self time by area', areas);
  print('self time by function', functions);
}

main();
