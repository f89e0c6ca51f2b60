/**
 * Where a V8 CPU profile's time goes, by part of the command path: `node dist/bench/profile-breakdown.js
 * <file.cpuprofile> [more files]` prints a Markdown table (share of the profile's busy samples); FROM_FRAME=<url regex>
 * starts each profile at the first sample with such a frame (e.g. `marac/src/http` for the first command). Profiles come
 * from the API process of benchmark 4 run with BENCH_CPU_PROF_DIR set (see bench/api-process.ts).
 *
 * Each sample goes to the part of the innermost frame on its stack that belongs to one (walking from the
 * leaf towards the root), so time in Node's internals (streams, sockets, crypto bindings) counts for the
 * library or product code that called them; what no part claims stays "other JavaScript". Async callers
 * are not on the stack (a continuation starts at the microtask queue), so the parts are libraries and
 * layers, not inclusive times of one request.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Parts in the order they are tried on each frame; the first whose test matches claims the frame. */
export const PARTS: readonly { part: string; test: (frame: CallFrame) => boolean }[] = [
  {
    part: 'Logging (pino, nestjs-pino, pino-http)',
    test: (f) =>
      /node_modules\/(pino|nestjs-pino|pino-http|pino-std-serializers|sonic-boom)\//.test(f.url) ||
      /apps\/api\/src\/http\/logging/.test(f.url),
  },
  {
    part: 'Validation and transformation (class-validator, class-transformer, pipes)',
    test: (f) =>
      /node_modules\/(class-validator|class-transformer|libphonenumber-js|validator)\//.test(f.url) ||
      /http\/validation|input-safety|json-nesting/.test(f.url),
  },
  {
    part: 'Token checks (jose) and guards',
    test: (f) =>
      /node_modules\/(jose|lru-cache)\//.test(f.url) || /libs\/access\/src\/(authentication|authorisation|rate-limit)\//.test(f.url),
  },
  { part: 'Encryption of personal data', test: (f) => /personal-data|subject-key/.test(f.url) },
  { part: 'Audit write', test: (f) => /libs\/access\/src\/audit\//.test(f.url) },
  { part: 'Idempotency key claim', test: (f) => /libs\/http\/src\/idempotency\//.test(f.url) },
  { part: 'Event store: read, decode, encode, append', test: (f) => /libs\/event-store\//.test(f.url) },
  { part: 'Projections and process managers (live runners)', test: (f) => /libs\/(projections|kit)\//.test(f.url) },
  { part: 'Domain and use case (MARAC, people, domain)', test: (f) => /libs\/(marac|people|domain|periods)\//.test(f.url) },
  {
    part: 'PostgreSQL driver (pg, pg-protocol)',
    test: (f) => /node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-[a-z]+)\//.test(f.url),
  },
  { part: 'TypeORM', test: (f) => /node_modules\/typeorm\//.test(f.url) },
  {
    part: 'Nest pipeline (router, guards/interceptors plumbing, rxjs, cqrs)',
    test: (f) => /node_modules\/(@nestjs\/(core|common|cqrs)|rxjs|reflect-metadata)\//.test(f.url) || /libs\/http\/src\//.test(f.url),
  },
  {
    part: 'HTTP adapter (express, body-parser, helmet, node:http)',
    test: (f) =>
      /node_modules\/(express|body-parser|router|helmet|raw-body|on-finished|finalhandler|send|qs|type-is|content-type|iconv-lite|cookie|accepts|negotiator|mime[a-z-]*|depd|statuses|parseurl|path-to-regexp|@nestjs\/platform-express|fastify|@fastify\/[a-z-]+|light-my-request|find-my-way)\//.test(
        f.url,
      ) || /^node:(_http|http$|internal\/http)/.test(f.url),
  },
  { part: 'Serialisation (JSON)', test: (f) => f.url === '' && /^(stringify|parse|JSON\.)/.test(f.functionName) },
];

const IDLE = new Set(['(idle)', '(program)']);
/** Native socket writes: the kernel's loopback send (which wakes the receiving process), and time preempted in it. */
const SOCKET_WRITES = new Set(['writev', 'writeBuffer', 'writeUtf8String', 'writeLatin1String']);

/**
 * The profile from the first sample with a frame of `url` on its stack (the first command, say): start-up
 * (module loading, context upgrades, projections catching up) left out.
 */
export function fromFirst(profile: CpuProfile, url: RegExp): CpuProfile {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const onStack = (id: number | undefined): boolean =>
    id !== undefined && (url.test(byId.get(id)!.callFrame.url) || onStack(parent.get(id)));
  const first = profile.samples.findIndex((id) => onStack(id));
  return first < 0 ? profile : { ...profile, samples: profile.samples.slice(first), timeDeltas: profile.timeDeltas.slice(first) };
}

export function breakdown(profiles: readonly CpuProfile[]): { part: string; ms: number }[] {
  const totals = new Map<string, number>();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const partOf = new Map<number, string>();
    const resolve = (id: number): string => {
      const known = partOf.get(id);
      if (known !== undefined) return known;
      const node = byId.get(id)!;
      const name = node.callFrame.functionName;
      let part: string;
      if (IDLE.has(name)) part = '(idle)';
      else if (name === '(garbage collector)') part = 'Garbage collection';
      else if (node.callFrame.url === '' && SOCKET_WRITES.has(name)) part = 'Socket write system calls (one per round trip and response)';
      else {
        const claimed = PARTS.find((p) => p.test(node.callFrame))?.part;
        const up = parent.get(id);
        part = claimed ?? (up === undefined ? 'Other JavaScript and Node internals' : resolve(up));
        if (part === '(root)' || part === '(idle)') part = 'Other JavaScript and Node internals';
      }
      partOf.set(id, part);
      return part;
    };
    profile.samples.forEach((id, i) => {
      const part = resolve(id);
      totals.set(part, (totals.get(part) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  }
  totals.delete('(idle)');
  return [...totals.entries()].map(([part, ms]) => ({ part, ms })).sort((a, b) => b.ms - a.ms);
}

/** The innermost product or library functions by self time: what to look at next. */
export function hottest(profiles: readonly CpuProfile[], top = 25): { name: string; ms: number }[] {
  const totals = new Map<string, number>();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, i) => {
      const { functionName, url } = byId.get(id)!.callFrame;
      if (IDLE.has(functionName)) return;
      const name = `${functionName || '(anonymous)'} ${url.replace(/^.*?(node_modules\/|dist\/)/, '')}`;
      totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  }
  return [...totals.entries()]
    .map(([name, ms]) => ({ name, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const from = process.env.FROM_FRAME ? new RegExp(process.env.FROM_FRAME) : undefined;
  const profiles = process.argv
    .slice(2)
    .map((file) => JSON.parse(readFileSync(file, 'utf8')) as CpuProfile)
    .map((profile) => (from ? fromFirst(profile, from) : profile));
  const parts = breakdown(profiles);
  const busy = parts.reduce((sum, p) => sum + p.ms, 0);
  console.log(`busy: ${(busy / 1000).toFixed(2)} s of samples\n`);
  console.log('| Part | CPU s | Share |\n|---|--:|--:|');
  for (const { part, ms } of parts) console.log(`| ${part} | ${(ms / 1000).toFixed(2)} | ${((100 * ms) / busy).toFixed(1)}% |`);
  if (process.env.HOTTEST) {
    console.log('');
    for (const { name, ms } of hottest(profiles, Number(process.env.HOTTEST))) console.log(`${(ms / 1000).toFixed(3)}  ${name}`);
  }
}
