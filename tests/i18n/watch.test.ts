/** --watch's own lines in both languages: what moved between two runs (the loop's head and status come from the same catalogue). */
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/index.js";
import { ko } from "../../src/i18n/ko.js";
import { moved } from "../../src/watch/core.js";

describe("what moved, in both languages", () => {
  const before = { order: ["a", "b", "c"], picked: ["a", "b"] };
  const after = { order: ["b", "a", "d"], picked: ["b", "d"] };
  it("English as it was; Korean with the same ids and arrows", () => {
    expect(moved(before, after, en)).toBe("since the last run: b ↑1, a ↓1; newly picked: d; dropped: a; new: d; gone: c");
    expect(moved(before, after, ko)).toBe("지난 실행 이후: b ↑1, a ↓1; 새로 선정: d; 선정에서 빠짐: a; 추가된 팀: d; 없어진 팀: c");
    expect(moved(before, before, ko)).toBe("지난 실행 이후: 바뀐 것 없음");
  });

  it("the loop's lines are whole sentences in Korean", () => {
    expect(ko.watch.head({ label: "score", run: 2, why: ko.watch.after({ what: "consortia/skt.yaml" }) })).toBe(
      "sovereign-ai score --watch: 2번째 실행 (consortia/skt.yaml 변경 후)",
    );
    expect(en.watch.head({ label: "score", run: 2, why: en.watch.after({ what: en.watch.files({ n: 3 }) }) })).toBe(
      "sovereign-ai score --watch: run 2 after a change to 3 files",
    );
  });
});
