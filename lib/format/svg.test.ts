import { describe, expect, it } from "vitest";
import { stepPath, toTenth } from "./svg";

describe("toTenth", () => {
  it("rounds a coordinate to a tenth", () => {
    expect(toTenth(196.04966757919436)).toBe(196);
    expect(toTenth(201.51388345717638)).toBe(201.5);
    expect(String(toTenth(0.1 + 0.2))).toBe("0.3");
  });
});

describe("stepPath", () => {
  it("holds each height until the next point, then goes straight up or down", () => {
    const path = stepPath(
      [
        { x: 190, y: 196 },
        { x: 196.04966757919436, y: 180.33333333 },
        { x: 201.51388345717638, y: 180.33333333 },
      ],
      1188,
    );
    expect(path).toBe("M 190 196 H 196 V 180.3 H 1188");
  });

  it("leaves out the points where the height does not change", () => {
    const level = [0, 10, 20, 30].map((x) => ({ x, y: 50 }));
    expect(stepPath([...level, { x: 40, y: 45.04 }, { x: 50, y: 45 }, { x: 60, y: 50 }], 70)).toBe(
      "M 0 50 H 40 V 45 H 60 V 50 H 70",
    );
  });

  it("draws nothing without points", () => {
    expect(stepPath([], 30)).toBe("");
  });

  it("draws a single point as a level line to the end", () => {
    expect(stepPath([{ x: 10, y: 20 }], 30)).toBe("M 10 20 H 30");
  });
});
