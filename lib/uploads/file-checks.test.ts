import { describe, expect, it } from "vitest";
import { sanitizeFileName } from "./file-checks";

describe("sanitizeFileName", () => {
  it("strips bidirectional controls that make a name read with another extension", () => {
    // Displayed as "invoiceexe.pdf" with the override; really ends in .exe.
    expect(sanitizeFileName("invoice\u202Efdp.exe")).toEqual({ ok: true, value: "invoicefdp.exe" });
    const controls = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F";
    expect(sanitizeFileName(`re${controls}port.pdf`)).toEqual({ ok: true, value: "report.pdf" });
  });

  it("keeps the rest of Unicode, and refuses path separators", () => {
    expect(sanitizeFileName("Raport ședință — București.pdf")).toEqual({
      ok: true,
      value: "Raport ședință — București.pdf",
    });
    expect(sanitizeFileName("تقرير.pdf")).toEqual({ ok: true, value: "تقرير.pdf" });
    expect(sanitizeFileName("../etc/passwd.pdf").ok).toBe(false);
  });
});
