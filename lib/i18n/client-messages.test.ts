import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessagesFor } from "./client-messages";

const ROOT = path.resolve(".");
/**
 * The forms' resolver words its messages with the error sentences it fetches (lib/i18n/error-wording.ts), and with
 * the one sentence every page holds when that fails.
 */
const ROOT_TRANSLATORS: Record<string, string[]> = {
  "components/forms/use-schema-resolver.ts": ["ErrorMessages.invalidValue"],
};
/** What the browser holds of a namespace other than all of it. */
const PARTS = ["ErrorMessages.invalidValue"];

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

/** Every module a browser runs: the "use client" ones and what they import (server actions travel as references). */
function clientModules(): Map<string, string> {
  const files = ["app", "components", "lib"].flatMap((folder) => sourceFiles(path.join(ROOT, folder)));
  const modules = new Map<string, string>();
  const queue = files.filter((file) => directive(readFileSync(file, "utf8")) === "client");
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (modules.has(file)) continue;
    const source = withoutComments(readFileSync(file, "utf8"));
    modules.set(file, source);
    for (const [, specifier] of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)) {
      const imported = resolveImport(file, specifier!);
      if (imported && directive(readFileSync(imported, "utf8")) !== "server") queue.push(imported);
    }
  }
  return modules;
}

describe("the messages sent to the browser", () => {
  const used = new Map<string, string[]>();
  const problems: string[] = [];
  for (const [file, source] of clientModules()) {
    const name = path.relative(ROOT, file);
    for (const [, argument] of source.matchAll(/useTranslations\(([^)]*)\)/g)) {
      const literal = argument!.trim().match(/^"([^"]+)"$/)?.[1];
      const namespaces = argument!.trim() === "" ? ROOT_TRANSLATORS[name] : literal ? [literal.split(".")[0]!] : null;
      if (!namespaces) problems.push(`${name}: useTranslations(${argument}) names no namespace the test can read`);
      for (const namespace of namespaces ?? []) used.set(namespace, [...(used.get(namespace) ?? []), name]);
    }
  }

  it("name every namespace a client component reads, with a literal namespace", () => {
    expect(problems).toEqual([]);
    const listed = new Set<string>([...CLIENT_NAMESPACES, ...PARTS]);
    const missing = [...used]
      .filter(([namespace]) => !listed.has(namespace))
      .map(([namespace, files]) => {
        return `${namespace} (${files.join(", ")})`;
      });
    expect(missing).toEqual([]);
  });

  it("name no namespace that no client component reads", () => {
    expect([...CLIENT_NAMESPACES, ...PARTS].filter((namespace) => !used.has(namespace))).toEqual([]);
  });

  it("hold those namespaces only, in each language", () => {
    for (const locale of ["en", "ro"] as const) {
      expect(Object.keys(clientMessagesFor(locale)).sort()).toEqual([...CLIENT_NAMESPACES, "ErrorMessages"].sort());
      expect(Object.keys(clientMessagesFor(locale).ErrorMessages)).toEqual(["invalidValue"]);
      expect(clientMessagesFor(locale).Nav.networks).toBe(locale === "en" ? "Networks" : "Rețele");
    }
  });
});
