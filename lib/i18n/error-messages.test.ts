import { describe, expect, it } from "vitest";
import { ZSaveOrganisationInput } from "@/lib/validation/organisation";
import { translateMessage } from "./error-messages";

describe("translateMessage", () => {
  it("leaves English as it is", () => {
    expect(translateMessage("Enter an acronym.", "en")).toBe("Enter an acronym.");
  });

  it("translates exact sentences and sentences with values into Romanian", () => {
    expect(translateMessage("Please correct the highlighted fields.", "ro")).toBe("Corectați câmpurile marcate.");
    expect(translateMessage("Enter an acronym.", "ro")).toBe("Introduceți un acronim.");
    expect(translateMessage("Keep the summary to 4000 characters or fewer.", "ro")).toBe(
      "Limitați rezumatul la cel mult 4000 de caractere.",
    );
    expect(translateMessage("The due month is M1 or later.", "ro")).toBe("Luna scadentă este L1 sau ulterioară.");
    expect(translateMessage("The project was not found, or you have no access to it.", "ro")).toBe(
      "Proiectul nu a fost găsit(ă) sau nu aveți acces.",
    );
    expect(translateMessage("D2.2: This deliverable is past its due date: justify the late submission.", "ro")).toBe(
      "D2.2: Termenul acestui livrabil a trecut: justificați depunerea întârziată.",
    );
  });

  it("shows an unknown message as it is", () => {
    expect(translateMessage("Something nobody wrote down.", "ro")).toBe("Something nobody wrote down.");
  });

  it("knows every message the organisation form's schema gives for empty input", () => {
    const result = ZSaveOrganisationInput.safeParse({ name: "", country: "", type: "", website: "x".repeat(400) });
    const messages = result.success ? [] : result.error.issues.map((issue) => issue.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(translateMessage(message, "ro"), message).not.toBe(message);
  });
});

describe("every validation message of every form schema", () => {
  it("has a Romanian translation", async () => {
    const modules = import.meta.glob("../validation/*.ts", { eager: true }) as Record<string, Record<string, unknown>>;
    const untranslated = new Set<string>();
    const inputs = [
      {},
      {
        name: "",
        title: "",
        email: "x",
        amount: "-1",
        startMonth: "0",
        endMonth: "x",
        dueMonth: 0,
        number: "",
        password: "1",
      },
    ];
    for (const [file, exports] of Object.entries(modules)) {
      if (file.endsWith(".test.ts")) continue;
      for (const [name, schema] of Object.entries(exports)) {
        if (!name.startsWith("Z") || typeof (schema as { safeParse?: unknown })?.safeParse !== "function") continue;
        for (const input of inputs) {
          const result = (
            schema as { safeParse: (value: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }
          ).safeParse(input);
          for (const issue of result.error?.issues ?? []) {
            if (translateMessage(issue.message, "ro") === issue.message) untranslated.add(`${name}: ${issue.message}`);
          }
        }
      }
    }
    expect([...untranslated]).toEqual([]);
  });
});

describe("every fixed error message the server writes", () => {
  it("has a Romanian translation", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const path = await import("node:path");
    const folders = [
      "lib/dal",
      "lib/actions",
      "lib/workflow",
      "lib/uploads",
      "lib/auth",
      "app/api/uploads",
      "app/api/files/[fileId]",
      "app/(app)/projects/[projectId]/export",
      "app/(app)/projects/[projectId]/history/export",
    ];
    const calls = [
      /new AppError\("\w+", "([^"]+)"/g,
      /forbidden\("([^"]+)"\)/g,
      /validationError\("\w+", "([^"]+)"\)/g,
      /jsonError\(\d+, "([^"]+)"\)/g,
      /reason: "([^"]+)"/g,
      /const \w+ = "([A-Z][^"]+\.)";/g,
    ];
    const untranslated: string[] = [];
    let checked = 0;
    for (const folder of folders) {
      for (const file of readdirSync(folder).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))) {
        const source = readFileSync(path.join(folder, file), "utf8");
        for (const call of calls) {
          for (const [, literal] of source.matchAll(call)) {
            const message = JSON.parse(`"${literal}"`) as string; // the string as the program holds it
            const sentence = message.includes(" ") ? message : `${message} was not found, or you have no access to it.`;
            checked += 1;
            if (translateMessage(sentence, "ro") === sentence) untranslated.push(`${folder}/${file}: ${sentence}`);
          }
        }
        for (const [, what] of source.matchAll(/notFound\("([^"]+)"\)/g)) {
          const sentence = `${what} was not found, or you have no access to it.`;
          checked += 1;
          if (translateMessage(sentence, "ro") === sentence) untranslated.push(`${folder}/${file}: ${sentence}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
    expect(untranslated).toEqual([]);
  });
});
