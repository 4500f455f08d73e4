import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ro from "@/messages/ro.json";
import { localeFromAcceptLanguage } from "./locales";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(leaves(value, `${prefix}${key}.`)),
    ),
  );
}

/** The names of the values a message takes, from its ICU syntax tree (plural and select branches included). */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type !== TYPE.literal && element.type !== TYPE.pound && "value" in element) names.add(element.value);
      if ("options" in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...names].sort();
}

describe("interface messages", () => {
  const english = leaves(en as Tree);
  const romanian = leaves(ro as Tree);

  it("give Romanian every English key and no other", () => {
    expect(Object.keys(romanian).sort()).toEqual(Object.keys(english).sort());
  });

  it("use the same placeholders in both languages", () => {
    const differing = Object.keys(english).filter(
      (key) => JSON.stringify(placeholders(english[key]!)) !== JSON.stringify(placeholders(romanian[key] ?? "")),
    );
    expect(differing).toEqual([]);
  });

  it("are valid ICU messages that format with their values", () => {
    for (const [locale, messages] of [
      ["en", en],
      ["ro", ro],
    ] as const) {
      const t = createTranslator({
        locale,
        messages,
        onError: (error) => {
          throw error;
        },
      });
      for (const [key, message] of Object.entries(leaves(messages as Tree))) {
        const values = Object.fromEntries(
          placeholders(message).map((name) => [name, name === "count" || name === "n" ? 3 : "x"]),
        );
        expect(() => t(key as never, values as never), `${locale}: ${key}`).not.toThrow();
      }
    }
  });

  it("choose the browser's preferred supported language", () => {
    expect(localeFromAcceptLanguage("ro-RO,ro;q=0.9,en;q=0.8")).toBe("ro");
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,ro;q=0.5")).toBe("ro");
    expect(localeFromAcceptLanguage("de-DE")).toBe("en");
    expect(localeFromAcceptLanguage("en;q=0.2, ro;q=0.8")).toBe("ro");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });
});
