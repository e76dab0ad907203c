/**
 * `tune` 화면(src/tune/view.ts)의 한국어: 머리글, 키 안내 줄, 묻는 말, 상태 줄. en-tune.ts와 같은 구조다.
 */
import type { SaveFailure } from "../tune/save.js";
import type { TuneNote } from "../tune/state.js";
import type { TextsFor } from "./en.js";
import type { tune as enTune, TuneWords } from "./en-tune.js";

const failure: TextsFor<SaveFailure, TuneWords> = {
  "no-parse": (p) => `파일을 더 이상 YAML로 읽을 수 없음 (${p.detail})`,
  "no-criteria": () => "파일에 criteria 목록이 없음",
  "no-weight": (p) => `평가 항목 ${p.id}에 바꿀 weight 값이 없음`,
  "missing-criteria": (p) => `파일에 다음 평가 항목이 더 이상 없음: ${p.ids.join(", ")}`,
  write: (p) => (p.said ? p.say(p.said) : `파일을 쓰지 못함 (${p.detail})`),
};

const notes: TextsFor<TuneNote, TuneWords> = {
  saved: (p) => `저장함: ${p.file}`,
  "not-saved": (p) => `저장하지 못함: ${(failure[p.failure.code] as (x: SaveFailure & TuneWords) => string)({ ...p.failure, say: p.say })}`,
  declined: () => "저장하지 않음",
  stayed: () => "끝내지 않고 계속함",
  reset: () => "파일의 가중치로 되돌림",
  "min-weight": () => "가중치 하나는 0보다 커야 함",
};

export const tune: typeof enTune = {
  title: (p) => `sovereign-ai tune: ${p.file}${p.dirty ? " (저장하지 않은 변경 있음)" : ""}`,
  keys: "↑↓ 항목  ←→ ±1  Shift+←→ 또는 < > ±5  0 영으로  r 되돌리기  s 저장  q 끝내기",
  head: { criterion: "평가 항목", weight: "가중치", share: "비중", team: "팀", total: "총점", moved: "변동" },
  legend: "✔ 선정 · 5= 동점 · ↑↓ 순위 변동",
  entered: "들어옴",
  left: "빠짐",
  more: (p) => `… 외 ${p.n}팀`,
  changes: (p) => `${p.id}: 선정 조합이 바뀌는 곳`,
  noChangeDown: "0까지 내려도 변화 없음",
  noChangeUp: "100 %까지 올려도 변화 없음",
  tickDown: (p) => `↓ ${p.weight} (${p.pct} %) 미만: ${p.who}`,
  tickUp: (p) => `↑ ${p.weight} (${p.pct} %) 초과: ${p.who}`,
  savePrompt: (p) => `${p.file}에 저장할까요? (y/n)`,
  quitPrompt: "저장하지 않고 끝낼까요? (y/n)",
  note: (n, say) => (notes[n.code] as (x: TuneNote & TuneWords) => string)({ ...n, say }),
  unsaved: (p) => `저장하지 않음; 이 가중치를 옵션으로 쓰려면: ${p.flags}`,
};
