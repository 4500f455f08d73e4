import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ro from "@/messages/ro.json";
import { ZSaveOrganisationInput } from "@/lib/validation/organisation";
import { formatMessage, messageText, parseMessageText, term, type Message, type Translate } from "./message";

const strict = (locale: "en" | "ro") =>
  createTranslator({
    locale,
    messages: locale === "en" ? en : ro,
    onError: (error) => {
      throw error;
    },
  }) as unknown as Translate;
const english = strict("en");
const romanian = strict("ro");

const field = (label: Parameters<typeof term>[0]) => ({ field: term(label), Field: term(label, true) });
const samples: [Message, string, string][] = [
  [{ key: "fixFields" }, "Please correct the highlighted fields.", "Corectați câmpurile marcate."],
  [{ key: "enterField", values: field("anAcronym") }, "Enter an acronym.", "Introduceți un acronim."],
  [
    { key: "fieldTooLong", values: { ...field("theSummary"), max: 4000 } },
    "Keep the summary to 4000 characters or fewer.",
    "Limitați rezumatul la cel mult 4000 de caractere.",
  ],
  [
    { key: "monthTooEarly", values: field("theDueMonth") },
    "The due month is M1 or later.",
    "Luna scadentă este M1 sau ulterioară.",
  ],
  [
    { key: "notFound", values: { thing: term("theProject", true) } },
    "The project was not found, or you have no access to it.",
    "Proiectul nu a fost găsit(ă) sau nu aveți acces.",
  ],
  [
    { key: "deliverableMoveRefused", values: { number: "D2.2", reason: { key: "justifyLateSubmission" } } },
    "D2.2: This deliverable is past its due date: justify the late submission.",
    "D2.2: Termenul acestui livrabil a trecut: justificați depunerea întârziată.",
  ],
  [
    { key: "importHasProblems", values: { count: 1 } },
    "The files have 1 problem: nothing was imported. Correct them and preview again.",
    "Fișierele au 1 problemă: nu s-a importat nimic. Corectați-le și previzualizați din nou.",
  ],
  [
    { key: "deliverableNumberFormat" },
    "Number deliverables D<work package>.<n>, such as D2.1.",
    "Numerotați livrabilele D<pachet de lucru>.<n>, de exemplu D2.1.",
  ],
];

describe("messages as keys with values", () => {
  it("are worded in English and in Romanian, with phrases translated and capitalised where a sentence starts", () => {
    for (const [message, inEnglish, inRomanian] of samples) {
      expect(formatMessage(english, message)).toBe(inEnglish);
      expect(formatMessage(romanian, message)).toBe(inRomanian);
    }
  });

  it("travel inside zod's text and come out the same", () => {
    const values = { ...field("theTotalCost"), max: 12 };
    expect(parseMessageText(messageText("fieldTooLong", values))).toEqual({ key: "fieldTooLong", values });
    expect(parseMessageText(messageText("chooseCountry"))).toEqual({ key: "chooseCountry" });
    expect(formatMessage(romanian, messageText("fieldTooLong", values))).toBe(
      "Limitați costul total la cel mult 12 de caractere.",
    );
  });

  it("read as 'not a valid value' when the text is no message of ours (zod's own wording)", () => {
    expect(formatMessage(english, "Invalid input: expected string, received number")).toBe("This value is not valid.");
    expect(formatMessage(romanian, "Too big: expected string to have <=64 characters")).toBe(
      "Această valoare nu este validă.",
    );
  });
});

describe("every validation message of every form schema", () => {
  it("is a message of the catalogue that both languages word", () => {
    const modules = import.meta.glob(["../validation/*.ts", "!../validation/*.test.ts"], { eager: true }) as Record<
      string,
      Record<string, unknown>
    >;
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
      { id: 7, projectId: ["x"], locale: "xx", status: "NOPE", kind: 3, extra: true },
    ];
    let checked = 0;
    for (const exports of Object.values(modules)) {
      for (const [name, schema] of Object.entries(exports)) {
        if (!name.startsWith("Z") || typeof (schema as { safeParse?: unknown })?.safeParse !== "function") continue;
        for (const input of inputs) {
          const result = (
            schema as { safeParse: (value: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }
          ).safeParse(input);
          for (const issue of result.error?.issues ?? []) {
            checked += 1;
            const message = parseMessageText(issue.message);
            expect(Object.keys(en.ErrorMessages), `${name}: ${issue.message}`).toContain(message.key);
            expect(() => formatMessage(english, message), `${name}: ${issue.message}`).not.toThrow();
            expect(() => formatMessage(romanian, message), `${name}: ${issue.message}`).not.toThrow();
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("names the organisation form's empty fields in Romanian", () => {
    const result = ZSaveOrganisationInput.safeParse({ name: "", country: "", type: "", website: "x".repeat(400) });
    const messages = result.success ? [] : result.error.issues.map((issue) => formatMessage(romanian, issue.message));
    expect(messages).toEqual([
      "Introduceți numele organizației.",
      "Alegeți o țară.",
      "Alegeți tipul organizației.",
      "Limitați site-ul web la cel mult 300 de caractere.",
    ]);
  });
});
