import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks, and ends lines with CRLF", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          ["line\nbreak", null],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n');
  });

  it("defuses spreadsheet formulas", () => {
    expect(toCsv(["cell"], [['=HYPERLINK("x")'], ["+1"], ["-2"], ["@SUM(A1)"]])).toBe(
      'cell\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n',
    );
  });

  it("defuses formulas after every character a spreadsheet may split cells on, and quotes such cells", () => {
    expect(toCsv(["cell"], [['x;=HYPERLINK("http://evil")']])).toBe('cell\r\n"x;\'=HYPERLINK(""http://evil"")"\r\n');
    expect(toCsv(["cell"], [["a\t@SUM(A1)"], ["b,+1"], ["c\n-2"], ["plain; text"]])).toBe(
      'cell\r\n"a\t\'@SUM(A1)"\r\n"b,\'+1"\r\n"c\n\'-2"\r\n"plain; text"\r\n',
    );
  });
});
