import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessagesFor, SECTION_NAMESPACES, SHELL_LABELS, SHELL_NAMESPACES } from "./client-messages";

const ROOT = path.resolve(".");
/**
 * The forms' resolver words its messages with the error sentences it fetches (lib/i18n/error-wording.ts), and with
 * the one sentence every page holds when that fails.
 */
const ROOT_TRANSLATORS: Record<string, string[]> = {
  "components/forms/use-schema-resolver.ts": ["ErrorMessages.invalidValue"],
};
/** What every page holds: the shell's namespaces, and parts of two others. */
const ALWAYS_SENT = new Set<string>([
  ...SHELL_NAMESPACES,
  "ErrorMessages.invalidValue",
  ...SHELL_LABELS.map((group) => `Labels.${group}`),
]);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

const directive = (source: string) => source.trimStart().match(/^["']use (client|server)["']/)?.[1];
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

type Module = { source: string; isClient: boolean; imports: string[] };

/** Every module of the app with what it imports; server actions ("use server") travel as references, not code. */
function modules(): Map<string, Module> {
  const all = new Map<string, Module>();
  for (const file of ["app", "components", "lib"].flatMap((folder) => sourceFiles(path.join(ROOT, folder)))) {
    const raw = readFileSync(file, "utf8");
    const source = withoutComments(raw);
    const imports = [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)]
      .map(([, specifier]) => resolveImport(file, specifier!))
      .filter((imported): imported is string => imported !== null)
      .filter((imported) => directive(readFileSync(imported, "utf8")) !== "server");
    all.set(file, { source, isClient: directive(raw) === "client", imports });
  }
  return all;
}

const graph = modules();
const problems: string[] = [];

/**
 * The groups (or single labels) a module reads through its translator of "Labels": "Labels.deliverableStatus" for
 * `labels(\`deliverableStatus.${status}\`)`, "Labels.projectPastItsEnd" for `labels("projectPastItsEnd")`.
 */
function labelGroups(name: string, source: string): string[] {
  const translator = source.match(/const (\w+) = useTranslations\("Labels"\)/)?.[1];
  const groups = translator
    ? [...source.matchAll(new RegExp(`\\b${translator}\\((?:\`|")(\\w+)`, "g"))].map(([, group]) => `Labels.${group}`)
    : [];
  if (groups.length === 0) problems.push(`${name}: reads Labels without naming its groups as the test can read them`);
  return groups;
}

/** The namespaces a module reads with useTranslations itself; of "Labels", the groups it reads. */
function ownNamespaces(file: string): string[] {
  const name = path.relative(ROOT, file);
  const source = graph.get(file)!.source;
  return [...source.matchAll(/useTranslations\(([^)]*)\)/g)].flatMap(([, argument]) => {
    const literal = argument!.trim().match(/^"([^"]+)"$/)?.[1];
    const namespaces = argument!.trim() === "" ? ROOT_TRANSLATORS[name] : literal ? [literal.split(".")[0]!] : null;
    if (!namespaces) problems.push(`${name}: useTranslations(${argument}) names no namespace the test can read`);
    return namespaces?.[0] === "Labels" ? labelGroups(name, source) : (namespaces ?? []);
  });
}

/** Whether what is sent holds a namespace, or the part of one ("Labels.staffSize" is in "Labels"). */
const holds = (sent: Set<string>, namespace: string) => sent.has(namespace) || sent.has(namespace.split(".")[0]!);

/**
 * The namespaces the browser reads for a page or a layout: those of every client module it reaches, through the
 * server components it renders and the client components' own imports.
 */
function browserNamespaces(entry: string): Set<string> {
  const namespaces = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string, inBrowser: boolean) => {
    const key = `${file}:${inBrowser}`;
    if (seen.has(key)) return;
    seen.add(key);
    const node = graph.get(file);
    if (!node) return;
    const runsInBrowser = inBrowser || node.isClient;
    if (runsInBrowser) for (const namespace of ownNamespaces(file)) namespaces.add(namespace);
    for (const imported of node.imports) walk(imported, runsInBrowser);
  };
  walk(entry, false);
  return namespaces;
}

/** The namespaces a layout's <ClientMessages> sends, or null where the layout sends none of its own. */
function sectionNamespaces(layout: string): string[] | null {
  if (!existsSync(layout)) return null;
  const list = readFileSync(layout, "utf8").match(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/)?.[1];
  return list === undefined ? null : [...list.matchAll(/"([^"]+)"/g)].map(([, namespace]) => namespace!);
}

/** What the browser holds on a page in `folder`: the shell's, and the nearest section's from there up. */
function sentIn(folder: string): Set<string> {
  for (let current = folder; current.startsWith(path.join(ROOT, "app")); current = path.dirname(current)) {
    const section = sectionNamespaces(path.join(current, "layout.tsx"));
    if (section) return new Set([...ALWAYS_SENT, ...section]);
  }
  return ALWAYS_SENT;
}

const entries = [...graph.keys()].filter((file) => /\/app\/.*(page|layout|error|not-found|loading)\.tsx$/.test(file));

describe("the messages sent to the browser", () => {
  const read = new Map<string, Set<string>>(entries.map((entry) => [entry, browserNamespaces(entry)]));

  it("name every namespace a client component reads, with a literal namespace", () => {
    expect(problems).toEqual([]);
  });

  it("hold on every page what its client components read", () => {
    const missing = entries.flatMap((entry) => {
      // A layout's own components sit outside its <ClientMessages>: they read what is sent above it.
      const folder = entry.endsWith("layout.tsx") ? path.dirname(path.dirname(entry)) : path.dirname(entry);
      const sent = sentIn(folder);
      return [...read.get(entry)!]
        .filter((namespace) => !holds(sent, namespace))
        .map((namespace) => `${path.relative(ROOT, entry)} reads ${namespace}`);
    });
    expect(missing).toEqual([]);
  });

  it("send a section's namespaces only where one of its pages reads them, and the shell's everywhere", () => {
    const unread = entries
      .filter((entry) => entry.endsWith("layout.tsx"))
      .flatMap((layout) => {
        const below = entries.filter((entry) => entry !== layout && entry.startsWith(path.dirname(layout) + path.sep));
        return (sectionNamespaces(layout) ?? [])
          .filter(
            (namespace) =>
              !below.some((entry) => [...read.get(entry)!].some((name) => holds(new Set([namespace]), name))),
          )
          .map((namespace) => `${path.relative(ROOT, layout)} sends ${namespace}`);
      });
    expect(unread).toEqual([]);
    const everywhere = new Set(
      [...read.values()].flatMap((namespaces) => [...namespaces].map((name) => name.split(".")[0]!)),
    );
    expect(SHELL_NAMESPACES.filter((namespace) => !everywhere.has(namespace))).toEqual([]);
    expect(SECTION_NAMESPACES.filter((namespace) => !everywhere.has(namespace))).toEqual([]);
  });

  it("hold the shell's namespaces and a section's own, in each language", () => {
    for (const locale of ["en", "ro"] as const) {
      const shell = clientMessagesFor(locale);
      expect(Object.keys(shell).sort()).toEqual([...SHELL_NAMESPACES, "ErrorMessages", "Labels"].sort());
      expect(Object.keys(shell.ErrorMessages)).toEqual(["invalidValue"]);
      expect(Object.keys(shell.Labels)).toEqual([...SHELL_LABELS]);
      expect(Object.keys(clientMessagesFor(locale, ["Labels"]).Labels)).toContain("costCategory");
      expect(shell.Nav?.networks).toBe(locale === "en" ? "Networks" : "Rețele");
      const reports = clientMessagesFor(locale, ["ReportForms", "Files"]);
      expect(Object.keys(reports).sort()).toEqual(
        [...SHELL_NAMESPACES, "ErrorMessages", "Labels", "Files", "ReportForms"].sort(),
      );
    }
  });
});
