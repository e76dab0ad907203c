/**
 * 분석 명령(simulate, sources, rubrics)의 표와 문장을 한국어로. en-tables.ts와 같은 구조다.
 */
import type {
  watch as enWatch,
  backtest as enBacktest,
  forecast as enForecast,
  versus as enVersus,
  compare as enCompare,
  panel as enPanel,
  timeline as enTimeline,
  sensitivity as enSensitivity,
  rubrics as enRubrics,
  simulate as enSimulate,
  sources as enSources,
  SimSettings,
} from "./en-tables.js";

const thousands = (n: number) => n.toLocaleString("en-US");
const DIST = { triangular: "삼각분포", uniform: "균등분포" } as const;

export const simulate: typeof enSimulate = {
  settings: (o: SimSettings) => {
    const w = o.weights;
    const b = o.bootstrap;
    const drawn =
      w.kind === "fixed"
        ? "평가표의 가중치 그대로"
        : w.kind === "uniform"
          ? "모든 가중치 조합에서 고르게 (가중치 0인 항목은 0 유지)"
          : `디리클레 분포, 집중도 ${w.concentration}`;
    const inRange = o.distribution === "uniform" ? "각 점수를 범위 안에서 고르게" : "각 점수를 범위 안에서 (대개 제시된 값 가까이)";
    const scores = b
      ? `심사위원단의 심사위원을 팀마다 다시 뽑아 집계함(${b.aggregate})${b.rangesToo ? `; 나머지 점수는 ${inRange}` : ""}`
      : inRange;
    const drawnScores = b
      ? `심사위원단 부트스트랩(${b.aggregate})${b.rangesToo ? `, 나머지 점수는 범위에서 ${DIST[o.distribution]}` : ""}`
      : `범위에서 ${DIST[o.distribution]}`;
    const varies =
      w.kind === "fixed"
        ? "가중치는 평가표 그대로임"
        : w.kind === "uniform"
          ? "가중치는 0보다 큰 평가 항목 사이의 모든 배분을 같은 빈도로 취함"
          : `가중치는 평가표의 가중치를 중심으로 약 ±${w.spread}점(표준편차 1) 움직임`;
    return {
      runs: `${thousands(o.runs)}회 실행, 시드 ${o.seed}`,
      draws: `점수: ${drawnScores} · 가중치: ${drawn}${o.method !== null ? ` · 집계 방식: ${o.method}` : ""}${o.lottery !== null ? ` · 평가 항목으로 가리지 못한 동점: 추첨 (시드 ${o.lottery}, 모든 실행에서 같은 추첨 번호)` : ""}`,
      meaning: `변하는 것: ${scores}; ${varies}. 백분율은 데이터의 불확실성에 대한 이 가정 아래에서 각 팀이 얼마나 자주 선정되는지를 나타냄: 실제 결정에 대한 예측이 아님.`,
    };
  },
  head: {
    consortium: "컨소시엄",
    kind: "유형",
    pPicked: "P(선정)",
    meanRank: "평균 순위",
    totals: "총점 p5 · p50 · p95",
    pickedWeights: (p) => `선정 시 가중치 (${p.ids})`,
    pickedWeightsName: "선정 시 가중치",
    pFirst: "P(1위)",
    central: "중심",
    centralName: "중심 가중치",
    confidence: "신뢰도",
  },
  md: {
    place: "순위",
    name: "이름",
    margin: "± 95 %",
    total5: "총점 p5",
    centralWeights: "중심 가중치",
    share: "실행 중 비율",
    set: "선정 조합",
  },
  footer: (p) =>
    `실행당 평균 선정 팀 수: ${p.mean} · 규칙을 못 지킨 실행: ${p.unmet} · ±는 95% 오차 범위; 공동 순위(5=)는 차이가 그 범위 안이라는 뜻`,
  sets: (p) => (p.n === 1 ? "가장 자주 나온 선정 조합 (실행 중 비율):" : `가장 자주 나온 선정 조합 ${p.n}개 (실행 중 비율):`),
  bar: "막대",
  noneSet: "(없음)",
};

export const sources: typeof enSources = {
  none: "출처 기록 없음: 컨소시엄 옆에 sources/ 폴더가 없음. --sources DIR로 지정하세요.",
  summary: (p) => `${p.dir}의 출처 기록 ${p.n}건, 그중 컨소시엄이 인용한 것 ${p.cited}건`,
  addresses: "주소",
  head: {
    id: "id",
    publisher: "발행처",
    published: "발행일",
    lang: "언어",
    language: "언어",
    cited: "인용",
    citedBy: "인용 수",
    title: "제목",
    address: "주소",
  },
};

export const rubrics: typeof enRubrics = {
  title: "-r NAME으로 지정할 수 있는 평가표 (./criteria/ 먼저, 다음에 내장 평가표):",
  where: { local: "로컬", bundled: "내장" },
  invalid: (p) => `유효하지 않음: 문제 ${p.n}건 (sovereign-ai validate -r ${p.file})`,
  invalidMark: "(유효하지 않음)",
  shadowed: "같은 이름의 로컬 평가표에 가려짐",
  head: { where: "위치", name: "이름", description: "설명" },
};

export const compare: typeof enCompare = {
  name: "평가표 비교",
  title: (p) => `${p.compare} — 칸마다: 순위, 총점, ${p.mark} 선정`,
  head: { team: "팀", name: "이름", picked: "선정", pickedIn: "선정된 곳", rubric: "평가표" },
  picked: { every: "모두", some: "일부", tie: "일부 (동점)", none: "없음" },
  tau: (p) => `총점 사이의 켄달 τ-b ${p.ties}:`,
  tauHead: "켄달 τ-b",
  noTies: "(어느 평가표에도 같은 총점 없음)",
  ties: (p) => `(동점 있음, 계산에 반영 — 같은 총점: ${p.list})`,
  pairs: (p) => `${p.label} ${p.n}쌍`,
  na: "해당 없음",
  every: (p) => `모든 시나리오에서 선정: ${p.list}`,
  some: (p) => `일부 시나리오에서 선정: ${p.list}`,
  tie: (p) =>
    `일부 시나리오에서 선정 (동점): ${p.list} — 선정선에 걸린 동점을 ${p.by === "both" ? "id 또는 추첨" : p.by === "lottery" ? "추첨" : "id"}만으로 가림`,
  never: (p) => `어느 시나리오에서도 선정되지 않음: ${p.list}`,
  none: "없음",
  mdTitle: (p) => `**평가표 ${p.n}개:** ${p.rubrics}. 칸마다: 순위 · 총점, 선정되면 ✓.`,
};

export const sensitivity: typeof enSensitivity = {
  change: (p) => [p.enters !== null ? `${p.enters} 들어옴` : "", p.leaves !== null ? `${p.leaves} 빠짐` : ""].filter(Boolean).join("; "),
  edge: (p) => (p.end ? `${p.pct}에서` : p.side === "over" ? `${p.pct} 초과` : `${p.pct} 미만`),
  omitted: (p) =>
    `필요 점수는 탈락 팀 ${p.all}개 중 상위 ${p.needed}개, 필요 항목 점수는 상위 ${p.needs}개만 계산함; --full은 모든 팀을 계산함 (팀마다 탐색)`,
  notReachable: "도달 불가",
  nowNeeds: " (현재 → 필요)",
  numeric: " (수치 계산)",
  method: (p) =>
    `집계 방식: ${p.name} — 총점이 가중치에 선형이 아니어서 구간마다 수치로 찾음 (0–100 %를 ${p.steps}단계로 나눈 뒤 1e-9까지 이분법); 한 단계 안에서 되돌아가는 변화는 놓칠 수 있음`,
  never: "불가능",
  anyGain: "조금만 올라도 됨",
  head: {
    criterion: "평가 항목",
    weight: "가중치",
    stable: "안정 구간",
    below: "아래로",
    above: "위로",
    leftOut: "탈락 팀",
    total: "총점",
    needs: "필요 점수",
    rank: "순위",
    pointsToEnter: "진입에 필요한 점수",
  },
  title: (p) => `${p.rubric}: 선정이 바뀌기 전까지 각 가중치가 움직일 수 있는 범위`,
  how: "각 가중치를 0에서 100 %까지 움직이고 나머지는 비율을 유지함",
  picked: (p) => `선정: ${p.list}  (${p.dot} 현재 가중치, ${p.bar} 같은 선정 조합)`,
  none: "없음",
  whereChanges: "선정 조합이 바뀌는 곳:",
  neverChanges: "어느 가중치를 움직여도 선정 조합이 바뀌지 않음",
  margin: (p) => `격차: 마지막 선정 팀과 최상위 탈락 팀 사이 ${p.points}점`,
  pointsTitle: "탈락 팀이 선정되는 데 필요한 점수 (그 팀의 총점만 올릴 때):",
  scoresTitle: "또는 한 항목 점수만 올릴 때 (선정되는 데 필요한 척도상 최소 점수, 나머지는 그대로):",
  neverChangesCell: "바뀌지 않음",
  mdTitle: (p) => `**${p.rubric}** — 선정 조합이 바뀌기 전까지 각 가중치가 (나머지는 비율을 유지한 채) 움직일 수 있는 범위.`,
  mdPicked: (p) => `선정: ${p.list}.`,
  mdMargin: (p) => `격차: ${p.points === null ? "없음 (탈락 팀이 없음)" : `마지막 선정 팀과 최상위 탈락 팀 사이 ${p.points}점`}.`,
  mdScoresTitle: "한 항목씩 볼 때 필요한 것 (팀이 선정되는 척도상 최소 점수, 나머지는 그대로):",
  dominatedBy: (p) => `${p.id} (${p.n}팀에 지배됨)`,
  dominated: (p) => `어떤 가중치로도 선정되지 않음 (지배됨; 선정 규칙은 따지지 않음): ${p.list}.`,
  always: (p) => `어떤 가중치로도 선정됨 (선정 규칙은 따지지 않음): ${p.list}.`,
  alwaysUnknown: (p) =>
    `어떤 가중치로도 선정되는 팀: ${p.method} 방식에서는 계산하지 않음 (총점이 가중치에 선형이 아니어서 가중치의 꼭짓점만 확인해서는 증명되지 않음).`,
};

export const panel: typeof enPanel = {
  aggregate: (p) =>
    p.aggregate === "trimmed-mean"
      ? `절사 평균 (절사 비율 ${p.trim})`
      : p.aggregate === "olympic"
        ? "올림픽 방식 (최고점과 최저점 제외)"
        : p.aggregate === "z-mean"
          ? "z 평균 (심사위원별 표준화)"
          : p.aggregate === "median"
            ? "중앙값"
            : p.aggregate === "mean"
              ? "평균"
              : p.aggregate,
  header: (p) =>
    `${p.source}의 심사위원 ${p.n}명\n집계: ${p.how} · 회피: ${p.recusal === "none" ? "없음" : "소속 기관 기준"} · 팀·항목마다 유효 점수 최소 ${p.min}개`,
  notScored: (p) => `${p.id} 항목은 어느 심사위원도 채점하지 않음: 컨소시엄 파일의 값을 씀.`,
  recusalOff: "회피를 적용하지 않음 (panel.recusal: none).",
  noneRecused: "회피한 심사위원 없음.",
  recused: (p) => `회피: ${p.reviewer} → ${p.team} (소속: ${p.organisation}), 모든 평가 항목에서.`,
  agreement: "심사위원 간 일치도 (크리펜도르프 α, 구간척도: 1 = 완전 일치, 0 = 우연 수준):",
  notScoredCell: "채점한 심사위원 없음",
  alpha: (p) =>
    p.alpha === null
      ? "정의되지 않음: 점수가 너무 적거나 차이가 없음"
      : p.alpha >= 0.8
        ? "좋음: 크리펜도르프가 신뢰 기준으로 든 0.800 이상"
        : p.alpha >= 0.667
          ? "보통: 잠정적인 결론만 (0.667~0.800)"
          : p.alpha > 0
            ? "낮음: 점수가 누가 심사했는지에 크게 좌우됨"
            : "우연 이상의 일치 없음, 또는 체계적 불일치",
  w: "켄달 W: 1 = 모든 심사위원이 팀 순서를 똑같이 매김, 0 = 공통된 순서 없음;",
  wNote: {
    "not-scored": "채점한 심사위원 없음",
    degenerate: "심사위원이나 팀이 너무 적거나 차이가 없음",
    incomplete: "모든 심사위원이 모든 팀을 채점하지는 않음 (누락 또는 회피)",
  },
  wMissing: (p) => `  – 적용되지 않는 곳: ${p.why}.`,
  wAll: "  모든 심사위원이 모든 팀을 채점함.",
  picked: (p) => `심사위원 전원의 점수로 선정: ${p.list}.`,
  without: (p) => `  ${p.reviewer} 제외 시: ${p.change}`,
  enters: (p) => `${p.id} 들어옴`,
  leaves: (p) => `${p.id} 빠짐`,
  noPanel: (p) => `  ${p.reviewer} 제외 시: 심사 점수를 집계할 수 없음 (${p.problem})`,
  steadyAll: "  어느 심사위원 한 명이 빠져도 선정 조합은 그대로임.",
  steady: (p) => `  ${p.list} 중 누가 빠져도: 같은 팀이 선정됨.`,
  sway: "# 심사위원 한 명의 영향",
  none: "없음",
  file: "파일",
  fileCell: (p) => `${p.value} (파일)`,
  head: {
    team: "팀",
    criterion: "평가 항목",
    score: "점수",
    n: "n",
    min: "최소",
    max: "최대",
    sd: "표준편차",
    recused: "회피",
    dropped: "제외",
  },
};

export const timeline: typeof enTimeline = {
  outcome: { advanced: "진출", added: "추가", eliminated: "탈락", withdrew: "철회", entered: "참가" },
  kind: { application: "공모 접수", screening: "서면평가", selection: "선정", evaluation: "평가", recruitment: "추가 모집" },
  label: { gates: "자격 요건", rubric: "평가표", plan: "계획", sources: "출처" },
  places: (p) => `점수 기준 ${p.places}위 (순서는 공개되지 않음)`,
  place: (p) => `점수 기준 ${p.place}위`,
  planned: (p) => `계획: ${p.n}팀 중 ${p.planned ?? "?"}팀 진출${p.final !== null ? `, 이어서 최종 ${p.final}팀` : ""}; 발표된 결과 없음`,
  entered: (p) => `${p.n}팀 참가`,
  advanced: (p) => `${p.n}팀 중 ${p.advanced}팀 진출${p.planned !== null ? ` (계획 ${p.planned}팀)` : ""}`,
  mdCount: (p) => `${p.count}. 참가 팀: ${p.entrants}.`,
  mdGates: (p) => `자격 요건: ${p.list}.`,
  mdRubric: (p) => `평가표: \`${p.rubric}\`.`,
  mdRules: (p) => `규칙: ${p.note}`,
  mdSources: (p) => `출처: ${p.list}`,
  head: { team: "팀", outcome: "결과", reason: "사유", scores: "발표된 점수" },
};

export const versus: typeof enVersus = {
  self: (p) => `${p.id}: 자기 자신과는 비교할 것이 없음`,
  tie: (p) =>
    `${p.lead}, ${p.trail} 두 팀이 ${p.total}점으로 동점; ${p.by === null ? "모든 동점 처리 기준에서 같아 id(알파벳순)로만" : `동점 처리 기준 ${p.by}에 따라`} ${p.lead} 쪽이 앞 순위.`,
  ahead: (p) =>
    `${p.lead} 쪽이 ${p.trail} 쪽보다 ${p.gap}점 앞섬 (${p.leadTotal} 대 ${p.trailTotal}); 승부를 가르는 것: ${p.what === null ? "가점" : p.what} (${p.lead} 쪽에 ${p.part}점 유리).`,
  swapAt: (p) =>
    `${p.criterion} 가중치가 현재 ${p.from}에서 조금만 ${p.up ? "올라가도" : "내려가도"} 두 팀의 순위가 바뀜 (나머지 가중치는 비율 유지).`,
  swap: (p) =>
    `${p.criterion} 가중치가 ${p.from}에서 ${p.to} ${p.up ? "위로" : "아래로"} 가면 두 팀의 순위가 바뀜 (나머지 가중치는 비율 유지); 정확히 ${p.to}에서는 총점이 같음.`,
  noSwap: "가중치 하나만 바꿔서는 두 팀의 순위가 바뀌지 않음.",
  never: "없음",
  bonus: "가점",
  total: "총점",
  mark: (p) => `${p.id} ${p.rank}위, ${p.picked}`,
  mdMark: (p) => `${p.id}: ${p.rank}위, ${p.picked}`,
  picked: "선정",
  notPicked: "선정되지 않음",
  head: {
    criterion: "평가 항목",
    weight: "가중치",
    pts: "득점",
    diff: "차이",
    equalAt: "같아지는 가중치",
    score: (p) => `${p.id} 점수`,
    points: (p) => `${p.id} 득점`,
    difference: "차이",
    equalAtWeight: "총점이 같아지는 가중치",
  },
};

export const forecast: typeof enForecast = {
  plan: (p) => `보도된 ${p.next} 단계 계획: ${p.note}`,
  missing: (p) =>
    `${p.ids.join(", ")}: ${p.from} 단계 뒤에도 남아 있지만 ${p.next} 단계의 참가 팀 목록에는 없음; 예측은 단계 파일의 참가 팀을 따름.`,
  rubricAssumed: (p) =>
    `${p.next} 단계의 평가표가 발표되지 않음: ${p.stage} 단계의 평가표(${p.rubric})를 가중치와 대리 평가 항목까지 그대로 가정함.`,
  methodAsked: (p) => `총점은 평가표 자체의 방식이 아니라 요청한 방식(--method ${p.method})으로 계산함.`,
  defaultAssumed: (p) => `${p.next} 단계와 그 이전 어느 단계에도 평가표가 발표되지 않음: 기본 평가표를 가정함.`,
  advanceAssumed: (p) => `${p.next} 단계는 진출 팀 수를 밝히지 않음: 평가표의 ${p.advance}팀을 가정함.`,
  scores: (p) =>
    `점수는 컨소시엄 파일에 지금 적힌 그대로임${p.oldest !== null ? ` (가장 오래된 데이터 기준일 ${p.oldest})` : ""}; 그 뒤에 발표된 것(모델 공개, 1차 평가 점수)은 점수를 바꾸지 않음.`,
  gateIn: (p) => `${p.stage} 단계의 ${p.gate}`,
  gates: (p) =>
    `자격 요건은 모델에 넣지 않음${p.list !== null ? ` (${p.list})` : ""}: 요건을 못 넘은 팀은 점수와 상관없이 탈락함${p.past ? " (앞 단계에서 실제로 그랬듯이)" : ""}.`,
  published: (p) =>
    `${p.stage} 단계의 발표 결과${p.first.length ? ` (점수 1위: ${p.first.join(", ")})` : ""}는 점수에 반영되지 않음: 여기 순위가 다르면 그 평가가 아니라 컨소시엄 파일의 점수를 따른 결과임.`,
  final: (p) =>
    `최종 선발(${p.final}팀)은 ${p.next} 단계와 같은 순위를 따른다고 가정함: P(최종)은 같은 추첨에서 상위 ${p.final}위 안에 들 확률임.`,
  expected: (p) => `${p.next} 단계는 ${p.expected}에 예정되어 있었는데, 읽은 출처 중 가장 최근 것(${p.until})보다 앞선 날짜임.`,
  noResult: (p) => `읽은 출처(가장 최근 ${p.until})에서 ${p.next} 단계의 발표 결과를 찾지 못함; 그 뒤에 발표되었다면 이 예측은 낡은 것임.`,
  head: (p) =>
    `${p.from} 단계(${p.fromWhen}) 기준: 남은 팀 ${p.remaining}개. 다음: ${p.next} 단계(예정 ${p.nextWhen}), ${p.entrants}팀 중 ${p.advance}팀 진출${p.final !== null ? `, 이어서 최종 ${p.final}팀` : ""}. 평가표: ${p.rubric}${p.assumed ? " (가정)" : ""}. ${p.runs}회 실행, 시드 ${p.seed}.`,
  restsOn: "**이 예측의 전제와 모르는 것:**",
  assumes: "전제",
  bars: "막대",
  col: { team: "팀", pAdvance: "P(진출)", pFinal: "P(최종)", rank: "순위", meanRank: "평균 순위", asOf: "데이터 기준일" },
};

export const backtest: typeof enBacktest = {
  noPublished: "이 단계에는 점수나 점수 순위가 발표되지 않음: 순위 상관을 구하지 않음.",
  basis: "발표된 점수 순위 (순서가 발표되지 않은 곳은 동점)",
  noWeighting: (p) =>
    `${p.criteria}의 어떤 가중치 표본으로도 실제 조합이 그대로 선정되지 않음${p.gates !== null ? `: 점수가 아닌 자격 요건(${p.gates})이 일부를 결정함` : ""}.`,
  noRubric: "이 단계에는 가중치가 있는 평가표가 발표되지 않음: 기본 평가표로 대신함.",
  methodAsked: (p) => `총점은 평가표 자체의 방식이 아니라 요청한 방식(--method ${p.method})으로 계산함.`,
  planned: (p) =>
    `계획된 진출 팀은 ${p.planned}팀, 실제 진출 팀은 ${p.actual}팀: 모델은 계획대로 ${p.k}팀을 선정하고, 역추정은 실제 진출한 ${p.actual}팀을 기준으로 함.`,
  noneReproduces: "없음: 어떤 가중치 표본으로도 결정이 재현되지 않음",
  none: "없음",
  label: {
    rubric: "평가표",
    predicted: "예측",
    actual: "실제",
    hits: "적중",
    brier: "브라이어 점수",
    logLoss: "로그 손실",
    published: "발표 점수",
    inverse: "역추정",
    weights: "  가중치",
    onPoints: "점수 기준",
    notes: "참고",
  },
  rubric: (p) => `${p.name}${p.published ? "" : " (이 단계에는 발표된 평가표 없음)"}`,
  predicted: (p) => `${p.list} (계획된 ${p.k}팀)`,
  hits: (p) => `${p.hits}팀 · 정밀도 ${p.precision} · 재현율 ${p.recall}`,
  brier: (p) => `${p.brier} (기준선 ${p.baseline}: 모든 참가 팀에 같은 확률 ${p.k}/${p.n})`,
  logLoss: (p) => `${p.loss} (기준선 ${p.baseline}; 확률은 [0.001, 0.999]로 자름)`,
  correlation: (p) => `스피어먼 ${p.spearman} · 켄달 τ-b ${p.tau} (${p.basis})`,
  noScores: "발표된 점수 없음",
  inverse: (p) => `가능한 모든 가중치 조합에서 고르게 뽑은 ${p.samples}개 (시드 ${p.seed}) 중 ${p.share}가 실제 조합을 그대로 선정함`,
  onPoints: (p) => `${p.share}가 자격 요건 이전 점수 상위 ${p.n}팀(${p.list})을 그대로 선정함`,
  title: (p) => `백테스트: ${p.stage} (${p.date}) · ${p.runs}회 실행, 시드 ${p.seed}`,
  mdTitle: (p) => `**\`${p.stage}\` 백테스트** (${p.date}), ${p.runs}회 실행, 시드 ${p.seed}.`,
  head: {
    team: "팀",
    total: "총점",
    pick: "예측",
    pAdv: "P(진출)",
    outcome: "결과",
    modelTotal: "모델 총점",
    predicted: "예측",
    pAdvance: "P(진출)",
  },
};

export const watch: typeof enWatch = {
  head: (p) => `sovereign-ai ${p.label} --watch: ${p.run}번째 실행${p.why}`,
  after: (p) => ` (${p.what} 변경 후)`,
  files: (p) => `파일 ${p.n}개`,
  wrote: (p) => `${p.head}: ${p.output}에 씀${p.change !== null ? `; ${p.change}` : ""}`,
  stops: (p) => `${p.head} (Ctrl-C로 멈춤)`,
  notWritten: (p) => `${p.head}: 데이터에 오류가 있어 쓰지 않음 (계속 지켜봄):`,
  errors: "데이터에 오류가 있음 (계속 지켜봄; 파일을 고쳐 저장하세요):",
  moved: (p) => `지난 실행 이후: ${p.parts.length ? p.parts.join("; ") : "바뀐 것 없음"}`,
  newlyPicked: "새로 선정",
  dropped: "선정에서 빠짐",
  added: "추가된 팀",
  gone: "없어진 팀",
};
