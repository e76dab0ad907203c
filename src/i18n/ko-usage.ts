/**
 * 잘못된 사용(종료 코드 2)의 한국어 문장 (코드: src/usage.ts). 옵션 이름, 경로, 값은 그대로 둔다.
 */
import type { StdinAsker, UsageSaid, WriteWhy } from "../usage.js";
import type { TextsFor } from "./en.js";

const asker: Record<StdinAsker, string> = { "rubric-option": "-r -", "consortia-option": "-c -", "rubric-argument": "평가표 -" };

const whyText = (w: WriteWhy): string => {
  switch (w.errno) {
    case "ENOENT":
    case "ENOTDIR":
      return `폴더 ${w.dir}이(가) 없음; 먼저 만드세요`;
    case "EACCES":
    case "EPERM":
      return `${w.dir}에 쓸 권한이 없음`;
    case "ENOSPC":
    case "EDQUOT":
      return "디스크가 가득 참";
    case "EFBIG":
      return "파일 크기 제한(ulimit -f)을 넘게 됨";
    case "EROFS":
      return "읽기 전용 파일 시스템임";
    case "EISDIR":
      return "폴더임";
    default:
      return w.errno ?? "알 수 없는 오류";
  }
};

const didYouMean = (s: string | null) => (s ? ` (혹시 "${s}"?)` : "");
const suggest = (s: readonly string[]) => (s.length > 0 ? `\n(혹시 ${s.join(", ")}?)` : "");

export const usage: TextsFor<UsageSaid> = {
  "output-empty": () => "--output에 파일 이름이 없음(빈 값); 표준 출력으로 쓰려면 -o를 빼거나 -o -로 쓰세요",
  seed: (p) => `--seed ${p.value}: 0부터 ${p.max}까지의 정수여야 함`,
  "runs-max": (p) => `--runs ${p.value}: 최대 ${p.max.toLocaleString("en-US")}회`,
  "whole-number": (p) => `${p.option} ${p.value}: 1 이상의 정수여야 함 (예: 10000, 10,000, 10_000, 1e4)`,
  concentration: (p) => `--weight-concentration ${p.value}: 0보다 큰 수여야 함 (예: 30)`,
  "excel-format": (p) =>
    p.output === null
      ? `--excel은 CSV를 씀: ${p.format} 형식과 함께 쓸 수 없음 (--format ${p.format})`
      : `--excel은 CSV를 씀: ${p.format} 형식과 함께 쓸 수 없음 (${p.output}의 확장자)`,
  "output-extension": (p) =>
    `--output ${p.output}: ${p.ext} 파일을 쓰는 형식이 없음; 확장자를 ${p.known.join(", ")} 중 하나로 하거나 --format(table, csv, json, markdown)을 지정하세요`,
  "stdin-twice": (p) =>
    `${p.asking.map((a) => asker[a]).join(", ")}: 모두 표준 입력을 읽으려 하지만 표준 입력은 하나에만 쓸 수 있음; 나머지는 파일로 주세요`,
  "stdin-none": (p) => `${asker[p.asking]}: 표준 입력을 읽으려 했지만 읽을 입력이 없음`,
  "weight-syntax": (p) => `--weight "${p.text}": ID=값 꼴이어야 함 (예: --weight openness=40)`,
  "weight-number": (p) => `--weight ${p.id}=${p.raw}: 유한한 수여야 함 (예: --weight ${p.id}=40)`,
  "weight-negative": (p) => `--weight ${p.id}=${p.raw}: 가중치는 음수일 수 없음; 평가 항목을 빼려면 0을 쓰세요`,
  "weight-unknown": (p) =>
    `--weight ${p.id}=…: 알 수 없는 평가 항목 "${p.id}"${didYouMean(p.suggestion)}; 평가표의 항목: ${p.known.join(", ")}`,
  "weights-zero": () => "--weight를 적용하니 모든 가중치가 0임; 적어도 한 평가 항목에 0보다 큰 가중치를 주세요",
  "no-criteria": () => "평가표에 평가 항목이 없음",
  "watch-terminal": () => "--watch는 화면을 다시 그림: 터미널에서 실행하거나, 바뀔 때마다 파일을 다시 쓰도록 -o FILE을 주세요",
  "watch-stdin": () => "--watch는 파일이 바뀔 때 다시 실행함: 표준 입력(-r - 또는 -c -)은 지켜볼 수 없음",
  "output-changed": (p) => `--output ${p.shown}: 여는 도중 파일이 바뀜; 아무것도 쓰지 않음`,
  "output-pipe-unread": (p) => `--output ${p.shown}: 읽는 쪽이 없는 이름 있는 파이프임; 읽는 프로그램을 먼저 시작하세요`,
  "output-device": (p) => `--output ${p.shown}: 장치나 파이프에 쓸 수 없음: ${whyText(p.why)}`,
  "output-dangling": (p) => `--output ${p.shown}: 가리키는 대상이 없는 심볼릭 링크임; 링크를 지우거나 다른 파일 이름을 주세요`,
  "output-input": (p) => `--output ${p.shown}: 입력 파일 중 하나임; 다른 파일 이름을 고르세요`,
  "output-directory": (p) => `--output ${p.shown}: 폴더임; 그 안의 파일 이름을 주세요 (예: ${p.example})`,
  "output-special": (p) =>
    `--output ${p.shown}: ${p.what === "socket" ? "소켓" : p.what === "block-device" ? "블록 장치" : "일반 파일이 아닌 것"}임; 일반 파일 이름을 주세요`,
  "output-denied": (p) => `--output ${p.shown}: 그 파일에 쓸 권한이 없음; 아무것도 바꾸지 않음`,
  "output-owner": (p) =>
    `--output ${p.shown}: 파일의 소유자와 그룹을 유지할 수 없음 (${p.errno ?? "알 수 없는 오류"}); 아무것도 바꾸지 않음`,
  "output-write": (p) => `${p.option ? "--output " : ""}${p.shown}: 파일을 쓸 수 없음: ${whyText(p.why)}; 아무것도 바꾸지 않음`,
  "init-clash": (p) =>
    `${p.shown.join(", ")}${p.more > 0 ? ` 외 ${p.more}개` : ""}: 이미 있음; init은 파일을 덮어쓰지 않으므로 아무것도 쓰지 않음. 빈 폴더를 고르세요`,
  mkdir: (p) => `폴더 ${p.folder}을(를) 만들 수 없음 (${p.errno})`,
  "init-appeared": (p) => `${p.shown}: 복사하는 도중 생김; init은 파일을 덮어쓰지 않음`,
  "no-stage": (p) => `단계 "${p.id}" 없음${didYouMean(p.suggestion)}; 단계: ${p.stages.join(", ")}`,
  "stage-not-done": (p) => `단계 ${p.id}: 비교할 발표 결과가 없음; 끝난 단계를 백테스트하세요 (${p.done.join(", ")})`,
  "nothing-done": () => "아직 끝난 단계가 없음: 예측의 출발점이 없음",
  "no-planned": (p) => `${p.from} 다음에 예정된 단계가 없음: 진출 팀 수와 함께 하나 추가하세요 (status: planned)`,
  "unknown-team": (p) => `알 수 없는 컨소시엄 "${p.id}"${didYouMean(p.suggestion)}; 컨소시엄: ${p.known.join(", ")}`,
  "unknown-criterion-option": (p) =>
    `--criterion ${p.id}: 알 수 없는 평가 항목${didYouMean(p.suggestion)}; 평가표의 항목: ${p.known.join(", ")}`,
  "unknown-method": (p) => `--methods: 알 수 없는 집계 방식 "${p.name}"${didYouMean(p.suggestion)}; 집계 방식: ${p.known.join(", ")}`,
  "methods-few": (p) => `--methods에는 서로 다른 집계 방식이 두 개 이상 필요함 (예: --methods ${p.known.join(",")})`,
  "methods-rubrics": (p) =>
    `compare --methods는 평가표 하나를 여러 집계 방식으로 비교함: 평가표가 ${p.n}개 주어짐; 하나만 주세요 (없으면 기본 평가표)`,
  "compare-few": (p) =>
    `compare에는 평가표가 두 개 이상 필요한데 ${p.n}개가 주어짐 (예: sovereign-ai compare default service-first, 또는 평가표 하나와 --methods ${p.methods.join(",")})`,
  "full-too-big": (p) =>
    `--full은 모든 팀의 모든 순위 확률을 출력함: 팀 ${p.teams.toLocaleString("en-US")}개면 숫자 ${(p.teams * p.teams).toLocaleString("en-US")}개로 한 출력에 담을 수 없음; 팀 ${p.max.toLocaleString("en-US")}개까지만 됨 (빼면 1~${p.rows}위의 확률을 보여 줌)`,
  "bootstrap-no-panel": () => "--scores bootstrap은 심사위원단을 재표집함: --reviews PATH를 주거나 컨소시엄 옆에 reviews/ 폴더를 두세요",
  "no-reviews": () => "심사 점수가 없음: --reviews PATH(심사위원 파일 폴더 또는 .csv 시트)를 주거나 컨소시엄 옆에 reviews/ 폴더를 두세요",
  "tune-stdin": () => "tune은 평가표 파일에 저장함: 표준 입력이 아닌 파일을 -r로 지정하세요",
  "tune-terminal": () =>
    "tune은 전체 화면 편집기라 입력과 출력 모두 터미널이 필요함. 터미널 없이는 --weight로 가중치를 바꿔 보세요 (예: sovereign-ai score -w from_scratch=50 -w openness=10)",
  "report-extension": (p) =>
    `--output ${p.output}: 보고서는 .html(.htm)이나 .md(.markdown)로 씀; 다른 이름을 쓰려면 --format html 또는 --format markdown을 주세요`,
  "report-date": (p) => `--date ${p.value}: 2025-08-04 같은 날짜여야 함`,
  "names-kind": (p) => `--names ${p.kind}: 다음 중 하나여야 함: ${p.known.join(", ")}`,
  "init-slug": (p) =>
    `${p.what === "consortium" ? "컨소시엄 id" : "평가표 이름"} "${p.name}": 영문 소문자, 숫자와 그 사이의 - 또는 _ 하나로 된 슬러그를 쓰세요 (예: my-team)`,
  "init-exists": (p) =>
    `${p.shown}: 이미 있음; init은 파일을 덮어쓰지 않음. 다른 ${p.what === "consortium" ? "컨소시엄 id" : "평가표 이름"}을 고르거나 파일을 먼저 옮기세요`,
  "unknown-option": (p) => `알 수 없는 옵션 '${p.flag}'${suggest(p.suggestions)}`,
  "unknown-command": (p) => `알 수 없는 명령 '${p.name}'${suggest(p.suggestions)}`,
  "missing-argument": (p) => `필수 인수 '${p.name}'이(가) 없음`,
  "option-missing-argument": (p) => `옵션 '${p.flags}'에 값이 없음`,
  "missing-mandatory-option": (p) => `필수 옵션 '${p.flags}'을(를) 주지 않음`,
  "invalid-choice": (p) => `옵션 '${p.flags}'의 값 '${p.value}'은(는) 쓸 수 없음. 쓸 수 있는 값: ${p.choices.join(", ")}.`,
  "invalid-argument-choice": (p) => `인수 '${p.name}'의 값 '${p.value}'은(는) 쓸 수 없음. 쓸 수 있는 값: ${p.choices.join(", ")}.`,
  "excess-arguments": (p) =>
    `${p.command !== null ? `'${p.command}' 명령의 ` : ""}인수가 너무 많음: ${p.expected}개를 받는데 ${p.got}개가 주어짐.`,
  "conflicting-option": (p) => `옵션 '${p.option}'은(는) 옵션 '${p.other}'과(와) 함께 쓸 수 없음`,
};
