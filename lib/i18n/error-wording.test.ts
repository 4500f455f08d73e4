import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ro from "@/messages/ro.json";
import { loadErrorWording } from "./error-wording";
import { LOCALES } from "./locales";
import { formatMessage, messageText, term } from "./message";

describe("the error wording a form fetches", () => {
  it("words a form's messages in the reader's language, terms included", async () => {
    const message = messageText("fieldTooLong", { field: term("theProject"), max: 300 });
    expect(formatMessage(await loadErrorWording("en"), message)).toBe(
      en.ErrorMessages.fieldTooLong.replace("{field}", en.ErrorTerms.theProject).replace("{max}", "300"),
    );
    expect(formatMessage(await loadErrorWording("ro"), message)).toBe(
      ro.ErrorMessages.fieldTooLong.replace("{field}", ro.ErrorTerms.theProject).replace("{max}", "300"),
    );
  });

  it("holds every error sentence and term of each language, and is fetched once per language", async () => {
    for (const locale of LOCALES) {
      const translate = await loadErrorWording(locale);
      for (const key of Object.keys(en.ErrorMessages)) expect(translate.has(`ErrorMessages.${key}`)).toBe(true);
      for (const key of Object.keys(en.ErrorTerms)) expect(translate.has(`ErrorTerms.${key}`)).toBe(true);
      expect(loadErrorWording(locale)).toBe(loadErrorWording(locale));
    }
  });
});
