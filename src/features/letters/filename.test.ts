import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toFileName, toSlug } from "./filename";
import { anyText } from "../../../tests/support/arbitrary-text";

describe("file names keep Latin letters outside ASCII readable", () => {
  it.each([
    ["Ørsted", "orsted"],
    ["ØRSTED A/S", "orsted-a-s"],
    ["Æon Ltd", "aeon-ltd"],
    ["Cœur de Lion", "coeur-de-lion"],
    ["Straße GmbH", "strasse-gmbh"],
    ["Łódź Software", "lodz-software"],
    ["Þór ehf", "thor-ehf"],
    ["Đakovo d.o.o.", "dakovo-d-o-o"],
    ["İstanbul Bilişim", "istanbul-bilisim"],
    ["Crème Brûlée Café", "creme-brulee-cafe"],
    ["Nestlé", "nestle"],
    ["Sainsbury's", "sainsburys"],
    ["Marks & Spencer’s", "marks-spencers"],
    ["ﬁnance ﬁrst", "finance-first"],
  ])("%j becomes %j", (name, expected) => {
    expect(toSlug(name)).toBe(expected);
  });

  it("the file name for Ørsted names Ørsted", () => {
    expect(toFileName("feedback-request", "Ørsted", "txt")).toBe("feedback-request-orsted.txt");
    expect(toFileName("chaser", "Ørsted", "ics")).toBe("chaser-orsted.ics");
  });

  it("a name with no Latin letters at all falls back to the letter type alone", () => {
    expect(toFileName("thank-you", "Газпром", "txt")).toBe("thank-you.txt");
  });

  it("never drops a Latin letter: each word keeps as many letters as it had, or more", () => {
    // Words of Latin letters (with any accents) each keep at least their letter count.
    const latinWord = fc
      .array(fc.constantFrom(..."abcdeøæœßłđþéèêëüöäåñçšžčřıŧħŋ".split("")), { minLength: 1, maxLength: 12 })
      .map((letters) => letters.join(""));
    fc.assert(
      fc.property(fc.array(latinWord, { minLength: 1, maxLength: 3 }), (words) => {
        // File names are cut at 40 characters on purpose; this property is about letters
        // within that room. æ, œ, ß and þ are written with two letters (ae, oe, ss, th).
        const room = words.join(" ").length + (words.join("").match(/[æœßþ]/g)?.length ?? 0);
        fc.pre(room <= 40);
        const slug = toSlug(words.join(" "));
        const parts = slug.split("-");
        expect(parts).toHaveLength(words.length);
        parts.forEach((part, i) => expect(part.length).toBeGreaterThanOrEqual(words[i]!.length));
      }),
      { numRuns: 500 },
    );
  });
});

describe("hostile names stay safe", () => {
  it.each([
    ["../../etc/passwd", "feedback-request-etc-passwd.txt"],
    ["..\\..\\Windows\\System32", "feedback-request-windows-system32.txt"],
    ["CON", "feedback-request-con.txt"],
    ["\u202Egnp.exe", "feedback-request-gnp-exe.txt"],
    ["a\u0000b\u001fc\u007fd", "feedback-request-a-b-c-d.txt"],
    ["", "feedback-request.txt"],
  ])("%j gives %j", (name, expected) => {
    expect(toFileName("feedback-request", name, "txt")).toBe(expected);
  });

  it("any text gives one short file name of ASCII letters, digits and hyphens, starting with the type", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom("txt", "ics") as fc.Arbitrary<"txt" | "ics">, (name, extension) => {
        const fileName = toFileName("chaser", name, extension);
        expect(fileName).toMatch(/^chaser(-[a-z0-9]+)*\.(txt|ics)$/);
        expect(fileName).not.toMatch(/[/\\:\p{Cc}\p{Cf}]/u);
        expect(fileName.length).toBeLessThanOrEqual("chaser-".length + 40 + ".ics".length);
      }),
      { numRuns: 1000 },
    );
  });

  it("a hostile letter type still gives a plain name", () => {
    fc.assert(
      fc.property(anyText, anyText, (base, name) => {
        expect(toFileName(base, name, "txt")).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.txt$/);
      }),
    );
  });
});
