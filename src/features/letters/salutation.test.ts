import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseName, toAddressName } from "./salutation";
import { cleanField } from "./text";
import { TONES } from "./types";
import { anyText } from "../../../tests/support/arbitrary-text";

describe("toAddressName", () => {
  it.each([
    // Formal: a title goes with the surname; with no title, the full name as typed.
    ["Dr Sam Okafor", "formal", "Dr Okafor"],
    ["Sam Okafor", "formal", "Sam Okafor"],
    ["Priya", "formal", "Priya"],
    ["Dr Okafor", "formal", "Dr Okafor"],
    ["dr. sam okafor", "formal", "Dr okafor"],
    ["MRS Jones", "formal", "Mrs Jones"],
    ["Ms. Amara Jones", "formal", "Ms Jones"],
    ["Miss Evans", "formal", "Miss Evans"],
    ["Mx Robin Lee", "formal", "Mx Lee"],
    ["Prof Anne Hall", "formal", "Prof Hall"],
    ["Professor Anne Hall", "formal", "Professor Hall"],
    ["Rev. David Cole", "formal", "Rev Cole"],
    ["Cllr Jo Patel", "formal", "Cllr Patel"],
    ["Sir Keir Starmer", "formal", "Sir Keir"],
    ["Dame Judi Dench", "formal", "Dame Judi"],
    ["Dr Ana de la Cruz", "formal", "Dr de la Cruz"],
    ["Dr S. Okafor", "formal", "Dr Okafor"],
    ["Drew Barry", "formal", "Drew Barry"],
    ["Mister Jones", "formal", "Mister Jones"],
    // Warm: the first name, unless only a title and surname or an initial were typed.
    ["Dr Sam Okafor", "warm", "Sam"],
    ["Sam Okafor", "warm", "Sam"],
    ["Jo", "warm", "Jo"],
    ["Dr Okafor", "warm", "Dr Okafor"],
    ["Dr S. Okafor", "warm", "Dr Okafor"],
    ["S. Okafor", "warm", "S. Okafor"],
    ["Sir Keir Starmer", "warm", "Keir"],
    // Nothing to greet: empty, a title alone, punctuation.
    ["", "formal", ""],
    ["   ", "warm", ""],
    ["Dr", "formal", ""],
    ["Dr.", "warm", ""],
    ["- .", "formal", ""],
  ] as const)("%j (%s) is greeted as %j", (typed, tone, expected) => {
    expect(toAddressName(typed, tone)).toBe(expected);
  });

  it("keeps markup and slot-like text literal", () => {
    expect(toAddressName("<script>alert('x')</script>", "formal")).toBe("<script>alert('x')</script>");
    expect(toAddressName("Dr Sam {name}", "formal")).toBe("Dr {name}");
    // A "surname" with no letter in it is not used on its own.
    expect(toAddressName("Dr {name} $&", "formal")).toBe("Dr {name} $&");
    expect(toAddressName("{position} Smith", "warm")).toBe("{position}");
  });

  it("recognises a title only as the first word", () => {
    expect(parseName("Sam Dr Okafor")).toEqual({ title: "", names: ["Sam", "Dr", "Okafor"] });
    expect(parseName("  prof.  Anne\n Hall ")).toEqual({ title: "Prof", names: ["Anne", "Hall"] });
  });

  it("never throws, and gives a name to greet or nothing, made only of what was typed", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...TONES), (typed, tone) => {
        const result = toAddressName(typed, tone);
        if (result === "") return;
        // Never an empty salutation: something a person can be called, with no stray spaces.
        expect(result).toMatch(/[\p{L}\p{N}]/u);
        expect(result).toBe(result.trim());
        expect(result).not.toMatch(/\s{2}/u);
        // Hostile text stays literal: the result is the typed text (tidied), or a part of
        // it after a title written the British way.
        const { title } = parseName(typed);
        const rest = title ? result.replace(new RegExp(`^${title} `, "u"), "") : result;
        expect(cleanField(typed)).toContain(rest);
      }),
      { numRuns: 2000 },
    );
  });

  it("follows the rules for any typed name with or without a title", () => {
    const TITLE_WORDS = new Set([
      "mr",
      "mrs",
      "ms",
      "miss",
      "mx",
      "dr",
      "prof",
      "professor",
      "sir",
      "dame",
      "rev",
      "cllr",
    ]);
    const name = fc.stringMatching(/^[A-Z][a-z]{1,10}$/).filter((word) => !TITLE_WORDS.has(word.toLowerCase()));
    const typedTitles: Record<string, string> = {
      "": "",
      "Dr ": "Dr",
      "dr. ": "Dr",
      "MRS ": "Mrs",
      "Prof ": "Prof",
      "Mx ": "Mx",
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(typedTitles)),
        name,
        fc.option(name, { nil: undefined }),
        fc.constantFrom(...TONES),
        (typedTitle, first, last, tone) => {
          const title = typedTitles[typedTitle]!;
          const typed = `${typedTitle}${first}${last ? ` ${last}` : ""}`;
          const expected = !title
            ? tone === "warm"
              ? first
              : `${first}${last ? ` ${last}` : ""}`
            : tone === "warm" && last
              ? first
              : `${title} ${last ?? first}`;
          expect(toAddressName(typed, tone)).toBe(expected);
        },
      ),
    );
  });
});
