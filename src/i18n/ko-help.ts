/**
 * --help에서 각 명령의 옵션 다음에 나오는 설명과 예시를 한국어로. en-help.ts와 같은 구조다: 명령줄은
 * 그대로 두고, 설명과 # 뒤의 주석만 한국어로 쓴다.
 */
import { after as en, type HelpAfter } from "./en-help.js";

/** 설명이나 주석이 없는 명령: 예시가 영어판과 같다. */
const same = (h: HelpAfter): HelpAfter => h;

export const after: typeof en = {
  score: same(en.score),
  select: same(en.select),
  simulate: {
    notes: [
      "범위 [최저, 최고]가 있는 점수는 실행마다 그 범위에서 뽑고, 범위가 없는 점수는 그대로 둡니다.",
      "선정 규칙 전체(자격 요건, 커트라인, 가점, 할당, 기관 중복, 선정 방식)를 매 실행에 적용합니다.",
    ],
    examples: [
      "sovereign-ai simulate",
      "sovereign-ai simulate --runs 100000 --seed 7 -f json > sim.json",
      "sovereign-ai simulate --fixed-weights            # 점수만 불확실하다고 봄",
      "sovereign-ai simulate --uniform-weights --distribution uniform",
    ],
  },
  validate: {
    notes: [],
    examples: [
      "sovereign-ai validate",
      "sovereign-ai validate -r service-first -c consortia/",
      "sovereign-ai validate --strict -q        # CI용: 모든 사실에 출처, 남은 TODO 없음; 문제가 없으면 아무것도 출력하지 않음",
      en.validate.examples[3]!,
    ],
  },
  sensitivity: {
    notes: [
      "평가 항목마다 가중치를 0에서 100 %까지 움직이고 나머지 가중치는 비율을 유지합니다. 두 총점(또는 총점과",
      "min_total)이 교차하는 모든 지점에서 선정 규칙 전체로 선정 조합을 다시 계산합니다.",
    ],
    examples: en.sensitivity.examples,
  },
  tune: {
    notes: [
      "키: ↑/↓ 평가 항목 선택; ←/→ 가중치를 1씩 바꿈 (Shift+←/→ 또는 < 와 >는 5씩); 0은 가중치를 0으로;",
      "r 파일의 가중치로 되돌림; s 평가표 파일에 저장 (먼저 물어보며, 주석과 배치는 그대로 둠);",
      "q 끝내기 (저장하지 않은 변경이 있으면 먼저 물어봄); Ctrl-C 바로 끝냄 (종료 코드 130).",
      "선택한 슬라이더의 | 표시는 선정 조합이 바뀌는 가중치입니다 (`sensitivity`가 계산하는 것과 같음).",
      "터미널이 있어야 합니다. 터미널이 없으면 다른 명령에 --weight를 쓰세요.",
    ],
    examples: en.tune.examples,
  },
  compare: same(en.compare),
  explain: same(en.explain),
  panel: same(en.panel),
  sources: same(en.sources),
  report: {
    notes: [
      "HTML 파일은 그것만으로 완결됩니다: 스타일과 차트(SVG)가 파일 안에 있고 스크립트도 네트워크 요청도 없으므로",
      "메일로 보내거나 보관할 수 있고, A4로 인쇄되며 휴대폰에서도 읽힙니다. 입력·시드·날짜가 같으면 바이트까지 같습니다.",
    ],
    examples: en.report.examples,
  },
  rubrics: same(en.rubrics),
  schema: same(en.schema),
  init: {
    notes: [],
    examples: [
      "sovereign-ai init consortium my-team          # consortia/my-team.yaml을 씀",
      "sovereign-ai init rubric my-scenario -r service-first",
      "sovereign-ai init contest my-contest                # 내장 컨소시엄, 평가표, 출처의 사본",
      "sovereign-ai init consortium lab-x --dir extra/ && sovereign-ai validate -c consortia/ extra/",
    ],
  },
  timeline: same(en.timeline),
  backtest: {
    notes: [
      "모델은 참가 팀의 컨소시엄 파일과 그 단계에서 발표된 평가표(없으면 기본 평가표)로 계획된 진출 팀 수만큼",
      "선정합니다. 그 단계보다 나중 날짜의 컨소시엄 파일은 받지 않습니다 (종료 코드 1).",
    ],
    examples: en.backtest.examples,
  },
  forecast: {
    notes: [
      "다음 예정 단계의 평가표가 발표되었으면 그것을, 아니면 가장 최근에 발표된 평가표를 씁니다 (출력에 밝힘).",
      "점수와 범위는 컨소시엄 파일의 것이고, 자격 요건은 모델에 넣지 않습니다. 모든 가정을 함께 보입니다.",
    ],
    examples: en.forecast.examples,
  },
  completion: same(en.completion),
};
