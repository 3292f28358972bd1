// Drives the TypeScript client generated from openapi/qarnot.yaml (make port-typescript writes it into
// build/ts-client; this file is compiled with it by tsc --strict and run by node, whose fetch it uses).
//
//   node main.js run URL TOKEN      one task end to end, a pool, the hardware constraints, a 404
//   node main.js decode CASES.json  run every real body through the generated FromJSON functions
import {
  Configuration,
  HardwareConstraintsApi,
  PoolsApi,
  ResponseError,
  TasksApi,
} from "../../build/ts-client/src";
import * as models from "../../build/ts-client/src/models";

// No @types/node: the little of Node this program uses, declared here.
declare const process: { argv: string[]; exitCode?: number };
declare function require(name: "fs"): { readFileSync(path: string, encoding: "utf-8"): string };

const FINAL_STATES = ["success", "failure", "cancelled"];

async function run(url: string, token: string): Promise<void> {
  // The raw token in Authorization, no "Bearer" prefix.
  const config = new Configuration({ basePath: url, apiKey: token });
  const tasks = new TasksApi(config);
  const created = await tasks.createTask({
    createTaskRequest: {
      name: "hello from typescript",
      profile: "docker-batch",
      instanceCount: 1,
      constants: [{ key: "DOCKER_CMD", value: "echo hello from typescript" }],
    },
  });
  if (Array.isArray(created) || !created.uuid) {
    throw new Error(`create task: not a {uuid}: ${JSON.stringify(created)}`);
  }
  const uuid = created.uuid;
  console.log(`created task ${uuid}`);

  const deadline = Date.now() + 60_000;
  let state = "";
  for (;;) {
    const task = await tasks.getTaskInformation({ taskId: uuid });
    state = String(task.state ?? "");
    if (FINAL_STATES.includes(state.toLowerCase())) break;
    if (Date.now() > deadline) throw new Error(`task ${uuid} still ${state} after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  console.log(`task state ${state}`);

  const stdout = await tasks.getTaskStdout({ taskId: uuid });
  console.log(`stdout ${JSON.stringify(stdout.trim())}`);

  let seen = 0;
  let pages = 0;
  let found = false;
  let token_: string | null | undefined = undefined;
  for (;;) {
    const page: models.TaskPage = await tasks.paginateTasks({
      paginateRequest: { maximumResults: 1, token: token_ },
    });
    pages += 1;
    for (const task of page.data ?? []) {
      seen += 1;
      found = found || task.uuid === uuid;
    }
    if (!page.isTruncated || !page.nextToken) break;
    token_ = page.nextToken;
  }
  console.log(`paginated ${seen} task(s) in ${pages} page(s), created task listed: ${found}`);

  const pools = new PoolsApi(config);
  const pool = await pools.createPool({
    createPoolPayload: { name: "pool from typescript", profile: "docker-batch", instanceCount: 1 },
  });
  const read = await pools.getPoolInformation({ poolId: String(pool.uuid) });
  console.log(`pool ${read.uuid} named ${JSON.stringify(read.name)} in state ${read.state}`);

  const constraints = await new HardwareConstraintsApi(config).listHardwareConstraints();
  for (const constraint of constraints.data ?? []) {
    // a structural union: the discriminator the body carried says which variant it is
    console.log(`hardware constraint ${constraint.discriminator}`);
  }

  try {
    await tasks.getTaskInformation({ taskId: "00000000-0000-0000-0000-000000000000" });
    throw new Error("a missing task did not fail");
  } catch (error) {
    if (!(error instanceof ResponseError)) throw error;
    const body = models.ErrorBodyFromJSON(await error.response.json());
    console.log(`missing task: ${error.response.status} (message ${JSON.stringify(body.message)})`);
  }
}

interface Case {
  name: string;
  schema: string | null;
  body: unknown;
  error?: string;
}

function decodeOne(schema: string, body: unknown): void {
  if (schema.includes("|")) {
    const failures: string[] = [];
    for (const branch of schema.split("|")) {
      try {
        decodeOne(branch, body);
        return;
      } catch (error) {
        failures.push(String(error));
      }
    }
    throw new Error(`no branch of the union decodes: ${failures.join("; ")}`);
  }
  if (schema.startsWith("[]")) {
    if (!Array.isArray(body)) throw new Error(`as ${schema}: not an array`);
    body.forEach((item, index) => {
      try {
        decodeOne(schema.slice(2), item);
      } catch (error) {
        throw new Error(`item ${index}: ${String(error)}`);
      }
    });
    return;
  }
  if (schema === "string") {
    if (typeof body !== "string") throw new Error("not a string");
    return;
  }
  const fromJSON = (models as Record<string, unknown>)[`${schema}FromJSON`];
  if (typeof fromJSON !== "function") throw new Error(`the generated client has no model ${schema}`);
  fromJSON(body);
}

function decode(path: string): void {
  const file = JSON.parse(require("fs").readFileSync(path, "utf-8")) as { cases: Case[] };
  let failed = 0;
  for (const entry of file.cases) {
    try {
      if (entry.schema === null) throw new Error(entry.error ?? "no schema");
      decodeOne(entry.schema, entry.body);
      console.log(`ok   ${entry.name}`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL ${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`decode: ${file.cases.length - failed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} body(ies) did not decode`);
}

async function main(args: string[]): Promise<void> {
  if (args.length === 3 && args[0] === "run") return run(args[1], args[2]);
  if (args.length === 2 && args[0] === "decode") return decode(args[1]);
  throw new Error("usage: main.js run URL TOKEN | decode CASES.json");
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
