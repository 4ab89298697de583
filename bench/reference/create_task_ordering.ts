// Hand-written TypeScript for samples/asyncio/create_task_ordering.py: what the translation aims at.
// A task starts when its creator next yields, as asyncio's create_task does.
const events: string[] = [];
const sleep = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));
const show = (xs: string[]): string => `[${xs.map((x) => `'${x}'`).join(", ")}]`;

interface Task<T> extends Promise<T> {
  name: string;
  done: boolean;
}

let taskCount = 0;
function startSoon<T>(body: () => Promise<T>, name = `Task-${++taskCount}`): Task<T> {
  const task = new Promise<T>((resolve) => setImmediate(() => resolve(body()))) as Task<T>;
  task.name = name;
  task.done = false;
  task.then(() => (task.done = true));
  return task;
}

async function worker(name: string, delay: number): Promise<string> {
  events.push(`start ${name}`);
  await sleep(delay);
  events.push(`end ${name}`);
  return `${name}:${delay}`;
}

async function main(): Promise<void> {
  const t1 = startSoon(() => worker("one", 0.03), "first");
  const t2 = startSoon(() => worker("two", 0.01), "second");
  const t3 = startSoon(() => worker("three", 0.02));
  events.push("main created three tasks");
  console.log("names:", t1.name, t2.name, t3.name.startsWith("Task-") ? "True" : "False");
  console.log("nothing started yet:", show(events));

  await new Promise((resolve) => setImmediate(resolve));
  console.log("after one yield:", show(events));

  const r2 = await t2;
  console.log("awaited second:", r2, "| its end is logged:", events.includes("end two") ? "True" : "False");
  const r1 = await t1;
  console.log("awaited first:", r1, "| three finished earlier:", t3.done ? "True" : "False");
  console.log("awaiting a finished task again returns the same value:", await t3, await t3);
  console.log("full order:", show(events));

  events.length = 0;
  console.log("a task created inside a task:");

  async function parent(): Promise<string> {
    events.push("parent begins");
    const child = startSoon(() => worker("child", 0.001), "child");
    events.push("parent created child");
    const result = await child;
    events.push("parent got child result");
    return result;
  }

  const p = startSoon(parent, "parent");
  events.push("main created parent");
  console.log("parent result:", await p);
  console.log("order:", show(events));

  events.length = 0;
  console.log("tasks created in a loop start in creation order:");
  const tasks = [0, 1, 2, 3, 4].map((i) => startSoon(() => worker(`w${i}`, 0.01 * (5 - i))));
  const results = await Promise.all(tasks);
  console.log("  starts:", show(events.filter((e) => e.startsWith("start"))));
  console.log("  ends:  ", show(events.filter((e) => e.startsWith("end"))));
  console.log("  results in creation order:", show(results));
}

await main();
